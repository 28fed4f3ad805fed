package com.market25.campaign;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What 정보통신망법 §50 asks of every advertising e-mail, as text: "(광고)" at the very start of
 * the subject, the sender's name and contact in the body, and a way to refuse further mail that
 * needs nothing but a click. The mail is built from this in {@link EmailDelivery}.
 */
public final class AdvertisingMail {

    /** Exactly as the law writes it: no space inside, no other brackets, no hanja. */
    public static final String SUBJECT_PREFIX = "(광고)";

    private static final String BUNDLE = "com.market25.i18n.Messages";

    /** The parts of one mail to one member. */
    public record Content(String subject, String text, String html) {
    }

    private AdvertisingMail() {
    }

    /** The subject with "(광고) " in front, once: a subject that already starts with it is kept. */
    public static String subject(String subject) {
        String trimmed = subject == null ? "" : subject.strip();
        return trimmed.startsWith(SUBJECT_PREFIX) ? trimmed : SUBJECT_PREFIX + " " + trimmed;
    }

    /**
     * The mail for one member: the campaign's body with {@code {name}} filled in, then the
     * sender and the unsubscribe link, as plain text and as HTML (everything typed is escaped).
     */
    public static Content compose(String subject, String body, String memberName, SenderIdentity sender,
            String fromAddress, String unsubscribeUrl) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.KOREAN, AdvertisingMail.class.getClassLoader());
        String filled = body.replace("{name}", memberName);
        String notice = format(texts, "mail.ad.notice", sender.name());
        String from = format(texts, "mail.ad.sender", sender.name(), fromAddress, sender.contact());
        String refuse = format(texts, "mail.ad.unsubscribe");
        String button = format(texts, "mail.ad.unsubscribeButton");

        String text = filled.strip() + "\n\n"
                + "--\n"
                + notice + "\n"
                + from + "\n"
                + refuse + "\n"
                + button + ": " + unsubscribeUrl + "\n";

        String link = escape(unsubscribeUrl);
        String html = "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"UTF-8\"></head><body>"
                + "<div>" + escape(filled.strip()).replace("\r\n", "\n").replace("\n", "<br>\n") + "</div>\n"
                + "<hr>\n<p style=\"font-size:12px;color:#555\">" + escape(notice) + "<br>\n"
                + escape(from) + "<br>\n"
                + escape(refuse) + " <a href=\"" + link + "\">" + escape(button) + "</a></p>\n"
                + "</body></html>\n";
        return new Content(subject(subject), text, html);
    }

    /**
     * A rendered template (campaign.channel) made into an advertising mail: the subject as
     * rendered (it has "(광고)" already), the template's text part and HTML part each followed by
     * the notice, the sender and the unsubscribe link. {@code tracking} is put at the end of the
     * HTML body as it is (the open pixel); nothing typed by a customer is in it.
     */
    public static Content compose(String subject, String text, String html, SenderIdentity sender, String fromAddress,
            String unsubscribeUrl, String tracking) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.KOREAN, AdvertisingMail.class.getClassLoader());
        String notice = format(texts, "mail.ad.notice", sender.name());
        String from = format(texts, "mail.ad.sender", sender.name(), fromAddress, sender.contact());
        String refuse = format(texts, "mail.ad.unsubscribe");
        String button = format(texts, "mail.ad.unsubscribeButton");
        String plain = (text == null ? "" : text.strip()) + "\n\n--\n" + notice + "\n" + from + "\n" + refuse + "\n"
                + button + ": " + unsubscribeUrl + "\n";
        String footer = "<hr>\n<p style=\"font-size:12px;color:#555\">" + escape(notice) + "<br>\n" + escape(from) + "<br>\n"
                + escape(refuse) + " <a href=\"" + escape(unsubscribeUrl) + "\">" + escape(button) + "</a></p>\n"
                + (tracking == null ? "" : tracking);
        String body = html == null ? "" : html;
        int end = body.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String full = end >= 0 ? body.substring(0, end) + footer + body.substring(end)
                : "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"UTF-8\"></head><body>" + body + "\n" + footer
                        + "</body></html>\n";
        return new Content(subject(subject), plain, full);
    }

    /** HTML-escapes text (also used for merge values in HTML templates, campaign.channel). */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String format(ResourceBundle texts, String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.KOREAN).format(args);
    }
}
