package com.market25.campaign.channel;

import com.market25.campaign.AdvertisingMail;
import com.market25.campaign.CampaignMailSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links of a campaign mail (MKT-05, MKT-07), each signed for one mail ({@code email_message.id})
 * with the installation's secret: the open pixel ({@code mail/open}), click links
 * ({@code mail/click}, which redirect only to the address they were signed for, so the shop is
 * never an open redirect) and the unsubscribe link ({@code unsubscribe?t=e…}). A changed digit or
 * address breaks the signature; nothing else is needed to trust them, so they carry no session
 * and never expire (the law wants unsubscribing to keep working).
 */
public final class MailLinks {

    static final String OPEN = "open";
    static final String CLICK = "click";
    static final String UNSUBSCRIBE = "unsubscribe";
    /** Longest address a click link is made for or followed to. */
    static final int MAX_URL = 2_000;

    private static final Pattern ID = Pattern.compile("^\\d{1,18}$");
    private static final Pattern UNSUBSCRIBE_TOKEN = Pattern.compile("^e(\\d{1,18})\\.([A-Za-z0-9_-]{43})$");

    private MailLinks() {
    }

    public static String openUrl(CampaignMailSettings settings, long messageId) {
        return settings.publicUrl() + "mail/open?m=" + messageId + "&s=" + settings.sign(OPEN, String.valueOf(messageId));
    }

    public static String clickUrl(CampaignMailSettings settings, long messageId, String target) {
        return settings.publicUrl() + "mail/click?m=" + messageId + "&u=" + URLEncoder.encode(target, StandardCharsets.UTF_8)
                + "&s=" + settings.sign(CLICK, messageId + "\n" + target);
    }

    public static String unsubscribeUrl(CampaignMailSettings settings, long messageId) {
        return settings.publicUrl() + "unsubscribe?t=" + unsubscribeToken(settings, messageId);
    }

    static String unsubscribeToken(CampaignMailSettings settings, long messageId) {
        return "e" + messageId + "." + settings.sign(UNSUBSCRIBE, String.valueOf(messageId));
    }

    /** The mail an open pixel's parameters stand for; empty when not genuine. */
    public static OptionalLong opened(CampaignMailSettings settings, String messageId, String signature) {
        if (messageId == null || !ID.matcher(messageId).matches()) {
            return OptionalLong.empty();
        }
        return same(settings.sign(OPEN, messageId), signature) ? OptionalLong.of(Long.parseLong(messageId))
                : OptionalLong.empty();
    }

    /** The mail a click link stands for, when it was signed for exactly this address; empty otherwise. */
    public static OptionalLong clicked(CampaignMailSettings settings, String messageId, String target, String signature) {
        if (messageId == null || !ID.matcher(messageId).matches() || target == null || target.length() > MAX_URL
                || !followable(target)) {
            return OptionalLong.empty();
        }
        return same(settings.sign(CLICK, messageId + "\n" + target), signature) ? OptionalLong.of(Long.parseLong(messageId))
                : OptionalLong.empty();
    }

    /** The mail an unsubscribe token ({@code e{id}.{signature}}) stands for; empty when it is not one or not genuine. */
    public static OptionalLong unsubscribing(CampaignMailSettings settings, String token) {
        if (token == null || token.length() > 100) {
            return OptionalLong.empty();
        }
        Matcher m = UNSUBSCRIBE_TOKEN.matcher(token.strip());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        return same(settings.sign(UNSUBSCRIBE, m.group(1)), m.group(2)) ? OptionalLong.of(Long.parseLong(m.group(1)))
                : OptionalLong.empty();
    }

    /** Whether the text looks like an unsubscribe token of a channel mail (not of an 이메일 캠페인 mail). */
    public static boolean isMailToken(String token) {
        return token != null && token.strip().startsWith("e");
    }

    /**
     * The template's HTML with every web link ({@code http}, {@code https}) made a signed click
     * link of this mail; {@code mailto:}, {@code tel:} and page anchors are left as they are.
     * Returned as a whole document, so the footer can go before {@code </body>}.
     */
    public static String tracked(CampaignMailSettings settings, long messageId, String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href").strip();
            if (followable(href) && href.length() <= MAX_URL) {
                a.attr("href", clickUrl(settings, messageId, href));
            }
        }
        if (doc.selectFirst("meta[charset]") == null) {
            doc.head().prependElement("meta").attr("charset", "UTF-8");
        }
        return "<!DOCTYPE html>" + doc.outerHtml();
    }

    /** The open pixel for the end of the body. */
    public static String pixel(CampaignMailSettings settings, long messageId) {
        return "<img src=\"" + AdvertisingMail.escape(openUrl(settings, messageId))
                + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">";
    }

    /** Only absolute web addresses: a click link never leads to {@code javascript:} or a data URL. */
    static boolean followable(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return false;
        }
        try {
            URI uri = new URI(target);
            return uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
