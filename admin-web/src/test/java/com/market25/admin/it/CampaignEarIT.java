package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 이메일 캠페인 (MKT-05): chosen consenting members get exactly one e-mail each; every mail says
 * (광고), names the sender and carries an unsubscribe link that works in one click, from a mail
 * program (RFC 8058) or in the browser, without signing in (정보통신망법 §50).
 */
class CampaignEarIT {

    private static final Map<String, String> RECIPIENTS = new LinkedHashMap<>();

    static {
        RECIPIENTS.put("miran@market25.example", "안미란");
        RECIPIENTS.put("yongchan@market25.example", "권용찬");
    }

    @Test
    void sendingToChosenMembersDeliversExactlyOneMailEach() throws Exception {
        AdminBrowser.databaseUrl("cannot count the contact history");
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("topForm:menuCampaign"));
            browser.find(By.id("campaignForm:audienceTable"));
            for (String email : RECIPIENTS.keySet()) {
                WebElement row = browser.find(By.xpath("//tbody[@id='campaignForm:audienceTable_data']"
                        + "/tr[td[contains(@class,'email')][normalize-space()='" + email + "']]"));
                row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
                browser.wait.until(d -> row.getAttribute("aria-selected").equals("true"));
            }
            String subject = "캠페인 IT " + UUID.randomUUID().toString().substring(0, 8);
            browser.type(By.id("campaignForm:subject"), subject);
            browser.type(By.id("campaignForm:body"), "{name}님, Market25 가을 특가를 안내해 드립니다.");
            browser.click(By.id("campaignForm:btnSend"));
            browser.awaitText(By.id("messages"), "2명에게 발송을 시작했습니다");

            By campaignRow = By.xpath("//tbody[@id='progressForm:campaignTable_data']/tr[td[contains(@class,'subject')]"
                    + "[normalize-space()='(광고) " + subject + "']]");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60), Duration.ofMillis(250)).until(d -> {
                try {
                    return d.findElement(campaignRow).findElement(By.cssSelector("td.state")).getText().contains("완료");
                } catch (org.openqa.selenium.NoSuchElementException
                        | org.openqa.selenium.StaleElementReferenceException e) {
                    return false;
                }
            });
            WebElement done = browser.find(campaignRow);
            assertEquals("2 / 2", done.findElement(By.cssSelector("td.sent")).getText().trim());
            long campaignId = Long.parseLong(done.findElement(By.cssSelector("td.id")).getText().replace(",", "").trim());
            browser.screenshot("campaign-done");

            int checked = 0;
            if (System.getProperty("market25.pop3.port") != null) {
                for (String email : RECIPIENTS.keySet()) {
                    assertEquals(1, mailsWithSubject(email, "(광고) " + subject), "mails to " + email);
                }
                checked++;
            }
            Map<String, Integer> rows = contactRows(campaignId);
            assertEquals(Map.of("miran@market25.example", 1, "yongchan@market25.example", 1), rows,
                    "one EMAIL contact_history row per recipient");
            checked++;
            assertTrue(checked > 0, "neither the mailbox nor the database was given to check delivery");
        }
    }

    @Test
    void everyMailIsMarkedNamesTheSenderAndUnsubscribesInOneClickOrInTheBrowser() throws Exception {
        AdminBrowser.databaseUrl("cannot read the consent changes");
        String shopUrl = AdminBrowser.storefrontUrl();
        String tag = "u" + Long.toString(System.currentTimeMillis(), 36);
        String inBrowser = joinConsenting(shopUrl, tag + "a");
        String oneClick = joinConsenting(shopUrl, tag + "b");
        String subject = "수신거부 확인 " + UUID.randomUUID().toString().substring(0, 8);
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("topForm:menuCampaign"));
            By rows = By.cssSelector("[id='campaignForm:audienceTable_data'] > tr[aria-selected]");
            browser.type(By.id("campaignForm:audienceTable:email:filter"), tag);
            browser.wait.until(d -> d.findElements(rows).size() == 2
                    && d.findElements(rows).stream().allMatch(r -> r.getText().contains(tag)));
            browser.awaitAjax();
            for (String email : List.of(inBrowser, oneClick)) {
                WebElement row = browser.find(By.xpath("//tbody[@id='campaignForm:audienceTable_data']"
                        + "/tr[td[contains(@class,'email')][normalize-space()='" + email + "']]"));
                row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
                browser.wait.until(d -> "true".equals(row.getAttribute("aria-selected")));
            }
            assertTrue(browser.text(By.id("subjectHint")).contains("(광고)"), "staff are told about the prefix");
            browser.type(By.id("campaignForm:subject"), subject);
            browser.type(By.id("campaignForm:body"), "{name}님, 겨울 특가를 안내해 드립니다.");
            browser.click(By.id("campaignForm:btnSend"));
            browser.awaitText(By.id("messages"), "2명에게 발송을 시작했습니다");
            By campaignRow = By.xpath("//tbody[@id='progressForm:campaignTable_data']/tr[td[contains(@class,'subject')]"
                    + "[normalize-space()='(광고) " + subject + "']]");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60), Duration.ofMillis(250)).until(d -> {
                try {
                    return d.findElement(campaignRow).findElement(By.cssSelector("td.sent")).getText().trim()
                            .equals("2 / 2");
                } catch (org.openqa.selenium.NoSuchElementException
                        | org.openqa.selenium.StaleElementReferenceException e) {
                    return false;
                }
            });
            long campaignId = Long.parseLong(browser.find(campaignRow).findElement(By.cssSelector("td.id")).getText()
                    .replace(",", "").trim());

            Mail toBrowser = awaitMail(inBrowser, "(광고) " + subject);
            Mail toMailProgram = awaitMail(oneClick, "(광고) " + subject);
            assertEquals("(광고) " + subject, toBrowser.subject(), "(광고) at the very start");
            assertEquals("Market25", toBrowser.fromName(), "the From display name names the shop");
            assertTrue(toBrowser.text().startsWith("동의확인님, 겨울 특가를 안내해 드립니다."), toBrowser.text());
            assertTrue(toBrowser.text().contains("보낸 사람: Market25"), toBrowser.text());
            assertTrue(toBrowser.text().contains("02-3728-1900"), "the sender's contact:\n" + toBrowser.text());
            String link = toBrowser.unsubscribeLink();
            assertTrue(URI.create(link).getPath().endsWith("/unsubscribe") && link.contains("?t="), link);
            assertEquals("<" + link + ">", toBrowser.listUnsubscribe());
            assertEquals("List-Unsubscribe=One-Click", toBrowser.listUnsubscribePost());
            assertTrue(toBrowser.html() != null && toBrowser.html().contains("href=\"" + link + "\""), toBrowser.html());

            // the mail program's button: a POST of the header's link, no cookie, no form token
            HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            onThisShop(shopUrl, toMailProgram.unsubscribeLink()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, posted.statusCode(), posted.body());
            assertTrue(posted.body().contains("수신 거부가 처리되었습니다"), posted.body());

            // the member follows the link in a browser (not signed in to the storefront) and confirms
            browser.driver.get(onThisShop(shopUrl, link).toString());
            assertTrue(browser.text(By.id("unsubscribe-question")).contains("Market25"));
            assertTrue(browser.pageText().contains("***@market25.example"), "the address, half hidden");
            browser.driver.findElement(By.id("unsubscribe-confirm")).click();
            assertTrue(browser.awaitText(By.id("unsubscribe-done"), "수신 거부가 처리되었습니다").contains("Market25"));
            browser.screenshot("unsubscribed");

            assertEquals(List.of("0 UNSUBSCRIBE_LINK " + campaignId), consentChanges(inBrowser));
            assertEquals(List.of("0 ONE_CLICK " + campaignId), consentChanges(oneClick));
        }
    }

    /** A new storefront member who consents to e-mail only; returns the address. */
    private static String joinConsenting(String shopUrl, String login) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = shopUrl.endsWith("/") ? shopUrl : shopUrl + "/";
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "join")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        assertTrue(page.contains("name=\"loginId\""), "join form");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginId", login);
        form.put("password", "market25!");
        form.put("passwordConfirm", "market25!");
        form.put("name", "동의확인");
        form.put("phone", "010-1234-5678");
        form.put("email", login + "@market25.example");
        form.put("postalCode", "06236");
        form.put("address", "서울특별시 강남구 테헤란로 152");
        form.put("consentEmail", "on");
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> joined = http.send(HttpRequest.newBuilder(URI.create(base + "join"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Origin", URI.create(base).getScheme() + "://" + URI.create(base).getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(303, joined.statusCode(), joined.body());
        return login + "@market25.example";
    }

    /**
     * The link's path and query on the storefront under test: in demo mode the mail names
     * localhost:8080 (or MARKET25_PUBLIC_URL), while the test stack runs on a free port.
     */
    private static URI onThisShop(String shopUrl, String link) {
        URI mailed = URI.create(link);
        return URI.create(shopUrl).resolve(mailed.getRawPath() + "?" + mailed.getRawQuery());
    }

    /** One campaign mail as a mail program sees it. */
    private record Mail(String subject, String fromName, String text, String html, String listUnsubscribe,
            String listUnsubscribePost) {

        String unsubscribeLink() {
            Matcher m = Pattern.compile("수신거부: (\\S+)").matcher(text);
            assertTrue(m.find(), "an unsubscribe link in the text:\n" + text);
            return m.group(1);
        }
    }

    private static Mail awaitMail(String address, String subject) throws Exception {
        Properties props = new Properties();
        props.put("mail.pop3.host", "127.0.0.1");
        props.put("mail.pop3.port", System.getProperty("market25.pop3.port"));
        Session session = Session.getInstance(props);
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            Store store = CatcherLogin.open(session, address, System.getProperty("market25.mail.password", address));
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    for (Message m : inbox.getMessages()) {
                        if (subject.equals(m.getSubject())) {
                            return decode(m);
                        }
                    }
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no mail '" + subject + "' for " + address);
            }
            sleepQuietly(500);
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
        } else {
            text = String.valueOf(m.getContent());
        }
        String[] list = m.getHeader("List-Unsubscribe");
        String[] post = m.getHeader("List-Unsubscribe-Post");
        return new Mail(m.getSubject(), ((InternetAddress) m.getFrom()[0]).getPersonal(), text, html,
                list == null ? null : list[0], post == null ? null : post[0]);
    }

    /** The member's consent history as "granted source campaign", oldest first. */
    private static List<String> consentChanges(String email) throws SQLException {
        String sql = "select c.granted, c.source, c.campaign_id from consent_change c join member m on m.id = c.member_id"
                + " where m.email = ? and c.channel = 'EMAIL' order by c.id";
        List<String> rows = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection(System.getProperty("market25.db.url"),
                System.getProperty("market25.db.user"), System.getProperty("market25.db.password"));
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add((rs.getBoolean(1) ? 1 : 0) + " " + rs.getString(2) + " " + rs.getLong(3));
                }
            }
        }
        return rows;
    }

    /** GreenMail keeps a mailbox per recipient address, readable over POP3 with that address as login. */
    private static int mailsWithSubject(String address, String subject) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.pop3.host", "127.0.0.1");
        props.put("mail.pop3.port", System.getProperty("market25.pop3.port"));
        props.put("mail.pop3.connectiontimeout", "10000");
        props.put("mail.pop3.timeout", "10000");
        Session session = Session.getInstance(props);
        // delivery is asynchronous until the campaign row is written; the mail follows within the transaction
        long deadline = System.currentTimeMillis() + 15_000;
        int count;
        do {
            count = count(session, address, subject);
            if (count > 0) {
                sleepQuietly(1_000); // a duplicate would arrive right behind the first
                return count(session, address, subject);
            }
            sleepQuietly(500);
        } while (System.currentTimeMillis() < deadline);
        return count;
    }

    private static int count(Session session, String address, String subject) throws MessagingException {
        String password = System.getProperty("market25.mail.password", address);
        Store store;
        try {
            store = CatcherLogin.open(session, address, password);
        } catch (AuthenticationFailedException e) {
            // a server that keeps one mailbox for everything: read it and filter on the recipient
            store = CatcherLogin.open(session, System.getProperty("market25.mail.user"), password);
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                int n = 0;
                for (Message m : inbox.getMessages()) {
                    if (subject.equals(m.getSubject()) && addressedTo(m, address)) {
                        n++;
                    }
                }
                return n;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static boolean addressedTo(Message m, String address) throws MessagingException {
        var to = m.getRecipients(Message.RecipientType.TO);
        return to != null && List.of(to).stream().anyMatch(a -> a.toString().contains(address));
    }

    private static Map<String, Integer> contactRows(long campaignId) throws SQLException {
        String sql = "select m.email, count(*) from contact_history h join member m on m.id = h.member_id"
                + " where h.campaign_id = ? and h.channel = 'EMAIL' group by m.email order by m.email";
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(System.getProperty("market25.db.url"),
                System.getProperty("market25.db.user"), System.getProperty("market25.db.password"));
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return rows;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
