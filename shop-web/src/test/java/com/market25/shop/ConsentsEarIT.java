package com.market25.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 내 정보 and 수신거부 (MEM-06, MKT-05) against the deployed EAR: a member changes every consent
 * in a real browser and sees when and how each changed; the page needs a signed-in member and
 * the form token; an unsubscribe link that the shop did not sign is refused and changes nothing.
 * (A genuine link from a real campaign mail is followed in admin-web's CampaignEarIT.)
 */
class ConsentsEarIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]*)\"");

    private static String url;

    @BeforeAll
    static void target() {
        url = EarTarget.url();
    }

    @Test
    void myInfoNeedsASignedInMember() throws Exception {
        HttpResponse<String> answer = new Shop().get("me");
        assertEquals(303, answer.statusCode());
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/login?next=%2Fme"),
                answer.headers().toString());
    }

    @Test
    void memberChangesEveryConsentOnMyInfoAndSeesWhenAndHow() throws Exception {
        String login = "me" + Long.toString(System.currentTimeMillis(), 36);
        ChromeDriver browser = EarTarget.chromium();
        try {
            joinInBrowser(browser, login);
            browser.get(url + "me");
            assertEquals("내 정보", browser.findElement(By.tagName("h1")).getText());
            assertEquals(login + "@market25.example", browser.findElement(By.id("me-email")).getText());
            for (String channel : new String[] {"EMAIL", "SMS", "DM", "PHONE"}) {
                assertEquals("회원가입", cell(browser, channel, "td.source"), channel);
            }
            assertTrue(checkbox(browser, "EMAIL").isSelected(), "e-mail as ticked at joining");
            assertFalse(checkbox(browser, "DM").isSelected());
            assertFalse(browser.findElements(By.id("consent-history-empty")).isEmpty());

            checkbox(browser, "EMAIL").click();
            checkbox(browser, "DM").click();
            checkbox(browser, "PHONE").click();
            browser.findElement(By.id("consent-save")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("saved")).isEmpty());

            assertEquals("수신 동의를 저장했습니다.", browser.findElement(By.id("saved")).getText());
            String today = LocalDate.now(ZoneId.of("Asia/Seoul")).toString();
            assertFalse(checkbox(browser, "EMAIL").isSelected());
            assertEquals("거부", cell(browser, "EMAIL", "span.state"));
            assertEquals("내 정보", cell(browser, "EMAIL", "td.source"));
            assertTrue(cell(browser, "EMAIL", "td.changed-at").startsWith(today), cell(browser, "EMAIL", "td.changed-at"));
            assertTrue(checkbox(browser, "DM").isSelected());
            assertEquals("내 정보", cell(browser, "DM", "td.source"));
            assertTrue(checkbox(browser, "PHONE").isSelected());
            assertFalse(checkbox(browser, "SMS").isSelected());
            assertEquals("회원가입", cell(browser, "SMS", "td.source"), "an untouched consent keeps its date and source");
            assertEquals(3, browser.findElements(By.cssSelector("#consent-history tbody tr")).size());
            String history = browser.findElement(By.id("consent-history")).getText();
            assertTrue(history.contains("이메일") && history.contains("거부(철회)"), history);

            browser.navigate().refresh();
            assertFalse(checkbox(browser, "EMAIL").isSelected(), "kept after a reload");
            assertTrue(checkbox(browser, "DM").isSelected());
        } finally {
            browser.quit();
        }
    }

    @Test
    void myInfoIsNotCachedAndItsFormNeedsTheSessionToken() throws Exception {
        Shop shop = new Shop();
        String login = shop.join("tok");
        HttpResponse<String> page = shop.get("me");
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> forged = shop.postWithout("me", Map.of());
        assertEquals(403, forged.statusCode(), "a POST without the form token is refused");
        assertTrue(shop.get("me").body().contains("id=\"consent-EMAIL\" name=\"consentEMAIL\" checked"),
                "the forged POST withdrew nothing (" + login + ")");

        HttpResponse<String> saved = shop.post("me", Map.of("consentSMS", "on"));
        assertEquals(303, saved.statusCode());
        assertTrue(saved.headers().firstValue("Location").orElse("").endsWith("/me?saved=1"));
        String after = shop.get("me").body();
        assertFalse(after.contains("name=\"consentEMAIL\" checked"), "e-mail now withdrawn");
        assertTrue(after.contains("name=\"consentSMS\" checked"), "SMS now given");
    }

    @Test
    void anUnsubscribeLinkTheShopDidNotSignIsRefusedAndChangesNothing() throws Exception {
        Shop member = new Shop();
        member.join("forge");
        String forged = "2.1." + "A".repeat(43);
        Shop stranger = new Shop();

        HttpResponse<String> page = stranger.get("unsubscribe?t=" + forged);
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("이 수신거부 링크는 올바르지 않습니다"), page.body());
        assertFalse(page.body().contains("unsubscribe-confirm"), "no button for a forged link");

        HttpResponse<String> oneClick = stranger.send(HttpRequest.newBuilder(URI.create(url + "unsubscribe?t=" + forged))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());
        assertEquals(400, oneClick.statusCode(), "a mail program's POST of a forged link");
        assertEquals(400, stranger.get("unsubscribe").statusCode(), "no token at all");

        assertTrue(member.get("me").body().contains("name=\"consentEMAIL\" checked"), "consent untouched");
    }

    // --- helpers -----------------------------------------------------------------------------

    private static void joinInBrowser(ChromeDriver browser, String login) {
        browser.get(url + "join");
        Map<String, String> fields = joinFields(login);
        for (String id : new String[] {"loginId", "password", "passwordConfirm", "name", "phone", "email", "postalCode",
                "address"}) {
            WebElement field = browser.findElement(By.id(id));
            field.clear();
            field.sendKeys(fields.get(id));
        }
        browser.findElement(By.id("consentEmail")).click();
        browser.findElement(By.id("join-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.className("hello")).isEmpty());
    }

    private static Map<String, String> joinFields(String login) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginId", login);
        form.put("password", "market25!");
        form.put("passwordConfirm", "market25!");
        form.put("name", "동의확인");
        form.put("phone", "010-1234-5678");
        form.put("email", login + "@market25.example");
        form.put("postalCode", "06236");
        form.put("address", "서울특별시 강남구 테헤란로 152");
        return form;
    }

    private static WebElement checkbox(ChromeDriver browser, String channel) {
        return browser.findElement(By.id("consent-" + channel));
    }

    private static String cell(ChromeDriver browser, String channel, String css) {
        return browser.findElement(By.cssSelector("#consents tr[data-channel='" + channel + "'] " + css)).getText().trim();
    }

    /** A visitor over plain HTTP with a cookie jar of their own. */
    private static final class Shop {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        /** Joins (e-mail consent given) and stays signed in; returns the login id. */
        String join(String prefix) throws IOException, InterruptedException {
            String login = prefix + Long.toString(System.nanoTime(), 36);
            Map<String, String> form = joinFields(login);
            form.put("consentEmail", "on");
            HttpResponse<String> joined = post("join", form);
            if (joined.statusCode() != 303) {
                throw new AssertionError("join answered " + joined.statusCode() + ": " + joined.body());
            }
            return login;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url + path)).GET().build());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            Matcher m = CSRF.matcher(get(path).body());
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", m.find() ? m.group(1) : "");
            return postWithout(path, all);
        }

        HttpResponse<String> postWithout(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(url + path))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Origin", ShopClient.originOf(url))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        }

        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
