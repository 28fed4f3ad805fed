package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 이메일 채널 프로젝트 (MKT-05, MKT-07) against the deployed EAR, broker, database and SMTP server:
 * the treated customers get one advertising mail each (and the control customers none) with an
 * HTML and a text part, "(광고)" and the sender, a one-click unsubscribe, an open pixel and signed
 * click links; opening, clicking and unsubscribing show in the campaign's channel figures.
 */
class EmailProjectMkt05EarIT {

    private static final String SALE = "https://shop.market25.example/sale?x=1&y=2";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*/mail/click\\?[^\"]*)\"");
    private static final Pattern PIXEL = Pattern.compile("src=\"([^\"]*/mail/open\\?[^\"]*)\"");

    private final MarketingApi api = new MarketingApi();
    private final ChannelFixture f = new ChannelFixture();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private record Mail(String subject, String sender, String text, String html, String listUnsubscribe, String oneClick) {
    }

    private JsonObject ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return MarketingApi.object(response.body());
    }

    @Test
    void mkt05_anEmailProjectMailsEachTreatedCustomerOnceAndCountsOpensClicksAndUnsubscribes() throws Exception {
        List<ChannelFixture.Customer> customers = new ArrayList<>();
        StringBuilder list = new StringBuilder("customer_id\n");
        for (int i = 0; i < 6; i++) {
            var c = f.customer("메일고객" + i, "010-3456-5" + String.format("%03d", i), "06236", "서울", false, false, false);
            ChannelFixture.update("UPDATE member SET consent_email = TRUE WHERE id = ?", c.id());
            customers.add(c);
            list.append(c.memberNo()).append('\n');
        }
        long campaign = ok(api.postJson("campaigns", "{\"name\":\"메일 발송 " + f.tag + "\",\"type\":\"PROMOTION\",\"startDate\":\""
                + today + "\",\"endDate\":\"" + today.plusDays(7) + "\",\"responseWindowDays\":7,\"budget\":1000,"
                + "\"targetRevenue\":0,\"channels\":[\"EMAIL\"]}"), 201).getJsonNumber("id").longValue();
        JsonObject drawn = ok(api.post("campaigns/" + campaign + "/targets?controlRatio=0.5&seed=1", "text/csv", list.toString()), 200);
        assertEquals(3, drawn.getInt("treatment"), drawn.toString());
        String subject = "{{이름}}님, 겨울 세일 " + f.tag;
        long template = ok(api.postJson("templates", "{\"name\":\"메일 " + f.tag + "\",\"channel\":\"EMAIL\","
                + "\"subject\":\"" + subject + "\",\"htmlBody\":\"<p>{{이름}}님, <a href=\\\"" + SALE.replace("&", "&amp;")
                + "\\\">세일 보기</a></p>\",\"textBody\":\"{{이름}}님, 세일 보기: " + SALE + "\"}"), 201)
                .getJsonNumber("id").longValue();
        long project = ok(api.postJson("projects", "{\"campaign\":" + campaign + ",\"channel\":\"EMAIL\",\"name\":\"1차 메일\","
                + "\"templateId\":" + template + ",\"unitCost\":5}"), 201).getJsonNumber("id").longValue();
        ok(api.postJson("campaigns/" + campaign + "/approval-request", ""), 200);
        ok(api.postJson("campaigns/" + campaign + "/approval", ""), 200);
        ok(api.postJson("campaigns/" + campaign + "/start", ""), 200);
        ok(api.postJson("projects/" + project + "/dispatch", ""), 200);
        ChannelFixture.await("the project done", 30, () -> "DONE".equals(ok(api.get("projects/" + project), 200).getString("status")));
        ChannelFixture.await("three mails accepted by the SMTP server", 30, () -> ChannelFixture.count(
                "SELECT COUNT(*) FROM email_message WHERE source = ? AND status = 'SENT'", "P" + project) == 3);

        List<Long> treated = new ArrayList<>();
        ChannelFixture.rows("SELECT customer_id FROM campaign_target WHERE campaign_id = ? AND target_group = 'TREATMENT'", campaign)
                .forEach(r -> treated.add(((Number) r.get("customer_id")).longValue()));
        Mail first = null;
        for (ChannelFixture.Customer c : customers) {
            String address = c.memberNo() + "@market25.example";
            List<Mail> mails = mails(address, treated.contains(c.id()) ? 1 : 0);
            if (!treated.contains(c.id())) {
                assertEquals(0, mails.size(), "a control customer gets nothing: " + c.name());
                continue;
            }
            assertEquals(1, mails.size(), "one mail for " + c.name());
            Mail m = mails.get(0);
            assertEquals("(광고) " + c.name() + "님, 겨울 세일 " + f.tag, m.subject());
            assertEquals("Market25", m.sender());
            assertTrue(m.text().contains(c.name() + "님, 세일 보기: " + SALE) && m.text().contains("수신거부"), m.text());
            assertTrue(m.html().contains(c.name() + "님") && m.html().contains("/mail/click?m=") && m.html().contains("/mail/open?m="),
                    m.html());
            assertFalse(m.html().contains("href=\"" + SALE.replace("&", "&amp;") + "\""), "the sale link is tracked");
            assertTrue(m.listUnsubscribe().startsWith("<") && m.listUnsubscribe().contains("unsubscribe?t=e"), m.listUnsubscribe());
            assertEquals("List-Unsubscribe=One-Click", m.oneClick());
            first = first == null ? m : first;
        }
        assertNotNull(first);
        assertEquals(1, ChannelFixture.count("SELECT COUNT(*) FROM contact_history WHERE member_id = ? AND channel = 'EMAIL'"
                + " AND subject LIKE ?", treated.get(0), "(광고)%" + f.tag), "in the customer's contact history");

        // the mail is shown: the pixel counts an open
        HttpResponse<byte[]> pixel = get(match(PIXEL, first.html()));
        assertEquals(200, pixel.statusCode());
        assertEquals("image/gif", pixel.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        // the reader clicks: on to the sale, counted; a link pointed elsewhere goes nowhere
        String click = match(HREF, first.html());
        HttpResponse<byte[]> followed = get(click);
        assertEquals(302, followed.statusCode());
        assertEquals(SALE, followed.headers().firstValue("Location").orElse(null));
        String forged = click.replace(URLEncoder.encode(SALE, StandardCharsets.UTF_8),
                URLEncoder.encode("https://evil.example.net/", StandardCharsets.UTF_8));
        HttpResponse<byte[]> refused = get(forged);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.headers().firstValue("Location").isEmpty(), "no redirect for a forged link");
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("이 링크는 열 수 없습니다"));

        // the mail program's one-click unsubscribe withdraws the consent
        String unsubscribe = first.listUnsubscribe().substring(1, first.listUnsubscribe().length() - 1);
        HttpResponse<byte[]> withdrawn = browser.send(HttpRequest.newBuilder(onThisShop(unsubscribe))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, withdrawn.statusCode());
        long unsubscribed = ChannelFixture.rows("SELECT customer_id FROM email_message WHERE source = ? AND unsubscribed_at IS NOT NULL",
                "P" + project).stream().mapToLong(r -> ((Number) r.get("customer_id")).longValue()).findFirst().orElseThrow();
        assertEquals(0, ChannelFixture.count("SELECT COUNT(*) FROM member WHERE id = ? AND consent_email", unsubscribed));
        assertEquals(1, ChannelFixture.count("SELECT COUNT(*) FROM consent_change WHERE member_id = ? AND channel = 'EMAIL'"
                + " AND NOT granted AND source = 'ONE_CLICK'", unsubscribed));

        JsonObject roi = ok(api.get("campaigns/" + campaign + "/roi"), 200);
        JsonObject channel = roi.getJsonArray("channels").getJsonObject(0);
        assertEquals(3, channel.getInt("sent"), channel.toString());
        assertEquals(3, channel.getInt("delivered"), channel.toString());
        assertEquals(1, channel.getInt("opened"), channel.toString());
        assertEquals(1, channel.getInt("clicked"), channel.toString());
        assertEquals(1, channel.getInt("unsubscribed"), channel.toString());
        assertEquals(0, new BigDecimal("15.00").compareTo(roi.getJsonNumber("cost").bigDecimalValue()), roi.toString());
        assertEquals(422, api.postJson("projects/" + project + "/dispatch", "").statusCode(), "dispatched once");
        assertEquals(3, ChannelFixture.count("SELECT COUNT(*) FROM email_message WHERE source = ?", "P" + project));
    }

    @Test
    void mkt05_aTemplateOfAnotherChannelAndAnUnplannedChannelAreRefused() throws Exception {
        long campaign = ok(api.postJson("campaigns", "{\"name\":\"메일 확인 " + f.tag + "\",\"type\":\"PROMOTION\",\"startDate\":\""
                + today + "\",\"endDate\":\"" + today + "\",\"responseWindowDays\":0,\"budget\":0,\"targetRevenue\":0,"
                + "\"channels\":[\"SMS\"]}"), 201).getJsonNumber("id").longValue();
        HttpResponse<String> unplanned = api.postJson("projects", "{\"campaign\":" + campaign + ",\"channel\":\"EMAIL\","
                + "\"name\":\"x\",\"unitCost\":1}");
        assertEquals(422, unplanned.statusCode(), unplanned.body());
        assertTrue(unplanned.body().contains("채널"), unplanned.body());
    }

    private HttpResponse<byte[]> get(String link) throws Exception {
        return browser.send(HttpRequest.newBuilder(onThisShop(link)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String match(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertTrue(m.find(), pattern + " in " + html);
        return m.group(1).replace("&amp;", "&");
    }

    /** The links name the installation's public address; the test reaches the same shop where it runs. */
    private static URI onThisShop(String link) {
        URI uri = URI.create(link);
        String shop = System.getProperty("market25.url", "http://127.0.0.1:8080/");
        return URI.create(shop.replaceAll("/$", "") + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** The mails in a GreenMail mailbox (POP3, the address as login), waiting until {@code expected} arrived. */
    private static List<Mail> mails(String address, int expected) throws Exception {
        Properties props = new Properties();
        props.put("mail.pop3.host", "127.0.0.1");
        props.put("mail.pop3.port", System.getProperty("market25.pop3.port"));
        props.put("mail.pop3.connectiontimeout", "10000");
        props.put("mail.pop3.timeout", "10000");
        Session session = Session.getInstance(props);
        long deadline = System.currentTimeMillis() + (expected == 0 ? 2_000 : 30_000);
        while (true) {
            List<Mail> found = new ArrayList<>();
            Store store = CatcherLogin.open(session, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    for (Message m : inbox.getMessages()) {
                        found.add(decode(m));
                    }
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
            if (found.size() >= expected && (expected > 0 || System.currentTimeMillis() > deadline)
                    || System.currentTimeMillis() > deadline) {
                return found;
            }
            Thread.sleep(300);
        }
    }

    private static Mail decode(Message m) throws Exception {
        String text = null;
        String html = null;
        if (m.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = String.valueOf(part.getContent());
                } else if (part.isMimeType("text/html")) {
                    html = String.valueOf(part.getContent());
                }
            }
        }
        String[] list = m.getHeader("List-Unsubscribe");
        String[] post = m.getHeader("List-Unsubscribe-Post");
        return new Mail(m.getSubject(), ((InternetAddress) m.getFrom()[0]).getPersonal(), text, html,
                list == null ? null : list[0], post == null ? null : post[0]);
    }
}
