package com.market25.campaign.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.campaign.CampaignMailSettings;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The signed links of a campaign mail (MKT-05, MKT-07): opens, clicks and unsubscribes count only when genuine. */
class MailLinksMkt07Test {

    private static final Map<String, String> SETTINGS = Map.of(
            "market25.unsubscribe.secret", "test-secret-for-mail-links-0123456789abcdef",
            "market25.public.url", "https://shop.example.com",
            "market25.sender.name", "Market25",
            "market25.sender.contact", "02-3728-1900");
    private static CampaignMailSettings settings;

    @BeforeAll
    static void configure() {
        SETTINGS.forEach(System::setProperty);
        settings = CampaignMailSettings.current();
    }

    @AfterAll
    static void clear() {
        SETTINGS.keySet().forEach(System::clearProperty);
    }

    @Test
    void aClickLinkLeadsOnlyToTheAddressItWasSignedFor() {
        String target = "https://shop.example.com/product?id=7&utm_source=mail";
        Map<String, String> q = query(MailLinks.clickUrl(settings, 42, target));
        assertEquals(target, q.get("u"));
        assertEquals(OptionalLong.of(42), MailLinks.clicked(settings, q.get("m"), q.get("u"), q.get("s")));
        assertTrue(MailLinks.clicked(settings, q.get("m"), "https://evil.example.net/", q.get("s")).isEmpty(), "other address");
        assertTrue(MailLinks.clicked(settings, "43", q.get("u"), q.get("s")).isEmpty(), "other mail");
        assertTrue(MailLinks.clicked(settings, q.get("m"), q.get("u"), q.get("s").replace('A', 'B') + "x").isEmpty(), "changed");
        assertTrue(MailLinks.clicked(settings, q.get("m"), q.get("u"), null).isEmpty(), "unsigned");
    }

    @Test
    void anOpenPixelAndAnUnsubscribeTokenNameTheirMail() {
        Map<String, String> q = query(MailLinks.openUrl(settings, 9));
        assertEquals(OptionalLong.of(9), MailLinks.opened(settings, q.get("m"), q.get("s")));
        assertTrue(MailLinks.opened(settings, "10", q.get("s")).isEmpty());
        // the click signature of the same mail is no open signature, and the other way round
        Map<String, String> click = query(MailLinks.clickUrl(settings, 9, "https://a.example/"));
        assertTrue(MailLinks.opened(settings, "9", click.get("s")).isEmpty());

        String token = query(MailLinks.unsubscribeUrl(settings, 9)).get("t");
        assertTrue(MailLinks.isMailToken(token));
        assertEquals(OptionalLong.of(9), MailLinks.unsubscribing(settings, token));
        assertTrue(MailLinks.unsubscribing(settings, token.replace("e9.", "e8.")).isEmpty());
        assertTrue(MailLinks.unsubscribing(settings, q.get("s")).isEmpty());
    }

    @Test
    void webLinksOfTheTemplateBecomeClickLinksAndNothingElseDoes() {
        String html = "<p>안녕하세요 <a href=\"https://shop.example.com/sale?a=1&amp;b=2\">세일</a>"
                + " <a href=\"mailto:help@example.com\">문의</a> <a href=\"#top\">위로</a>"
                + " <a href=\"javascript:alert(1)\">x</a></p>";
        String tracked = MailLinks.tracked(settings, 5, html);
        assertTrue(tracked.contains("https://shop.example.com/mail/click?m=5&amp;u=https%3A%2F%2Fshop.example.com%2Fsale%3Fa%3D1%26b%3D2&amp;s="),
                tracked);
        assertTrue(tracked.contains("href=\"mailto:help@example.com\""));
        assertTrue(tracked.contains("href=\"#top\""));
        assertTrue(tracked.contains("href=\"javascript:alert(1)\""), "left alone, and never a redirect target");
        assertFalse(MailLinks.followable("javascript:alert(1)"));
        assertFalse(MailLinks.followable("https:///nohost"));
        assertTrue(tracked.contains("안녕하세요"));
        assertTrue(tracked.contains("<meta charset=\"UTF-8\">"));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }
}
