package com.market25.campaign.channel;

import com.market25.campaign.AdvertisingMail;
import com.market25.common.InvalidInputException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A template as staff type it (MKT-05), checked against the channel and the columns before it is
 * stored. Which parts a channel has:
 *
 * <table>
 * <caption>parts per channel</caption>
 * <tr><th>channel</th><th>subject</th><th>HTML</th><th>text</th></tr>
 * <tr><td>EMAIL</td><td>required; "(광고) " is put in front when sent</td><td>optional (else made from the text)</td><td>required</td></tr>
 * <tr><td>SMS</td><td>none</td><td>none</td><td>required, EUC-KR only, at most 2,000 bytes with the ad prefix and refusal number</td></tr>
 * <tr><td>DM</td><td>optional (the letter's title in the contact history)</td><td>none</td><td>required (the letter)</td></tr>
 * <tr><td>PHONE</td><td>optional (the call's purpose)</td><td>none</td><td>required (the script)</td></tr>
 * </table>
 *
 * <p>Every {@code {{…}}} must be a {@link MergeField}; unknown ones are named in the message (all
 * of them at once, per part).
 */
public record TemplateForm(String name, MessageChannel channel, String subject, String htmlBody, String textBody)
        implements Serializable {

    /** message_template.name */
    static final int MAX_NAME = 100;
    /** contact_history.subject is VARCHAR(200), and an e-mail's subject gets "(광고) " in front. */
    static final int MAX_SUBJECT = 200;
    /** text_body is TEXT (65,535 bytes): 16,000 characters fit even at four bytes each. */
    static final int MAX_TEXT = 16_000;
    /** html_body is MEDIUMTEXT; a mail of more than this is no mail anyone reads. */
    static final int MAX_HTML = 200_000;

    /** A form that passed: trimmed parts (null where the channel has none) and the fields used. */
    public record Checked(String name, MessageChannel channel, String subject, String htmlBody, String textBody,
            Set<MergeField> fields) {
    }

    /**
     * The checked form, or {@link InvalidInputException} naming every problem by part
     * ({@code name}, {@code channel}, {@code subject}, {@code htmlBody}, {@code textBody}).
     *
     * @param couponsAvailable whether this installation can make coupon codes ({@link CouponCodes})
     */
    public Checked check(boolean couponsAvailable) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object[]> args = new LinkedHashMap<>();
        String n = trimmed(name);
        if (n == null) {
            errors.put("name", "error.required");
        } else if (length(n) > MAX_NAME) {
            errors.put("name", "error.tooLong");
        }
        if (channel == null) {
            errors.put("channel", "error.required");
            throw new InvalidInputException(errors, args);
        }
        String s = channel == MessageChannel.SMS ? null : trimmed(subject);
        String h = channel == MessageChannel.EMAIL ? trimmed(htmlBody) : null;
        String t = channel == MessageChannel.SMS ? trimmedSms(textBody) : trimmed(textBody);
        Set<MergeField> fields = EnumSet.noneOf(MergeField.class);

        if (channel == MessageChannel.EMAIL && s == null) {
            errors.put("subject", "error.required");
        } else if (s != null && length(channel == MessageChannel.EMAIL ? AdvertisingMail.subject(s) : s) > MAX_SUBJECT) {
            errors.put("subject", "error.tooLong");
        }
        if (t == null) {
            errors.put("textBody", "error.required");
        } else if (length(t) > MAX_TEXT) {
            errors.put("textBody", "error.tooLong");
        }
        if (h != null && length(h) > MAX_HTML) {
            errors.put("htmlBody", "error.tooLong");
        }
        part("subject", s, fields, errors, args);
        part("htmlBody", h, fields, errors, args);
        part("textBody", t, fields, errors, args);
        if (channel == MessageChannel.SMS && t != null && !errors.containsKey("textBody")) {
            // counted as the screen counts it: the template as typed, with the ad prefix and refusal number
            SmsText.Measure m = SmsText.measure(SmsSettings.sample().compose(t));
            if (!m.unencodable().isEmpty()) {
                errors.put("textBody", "error.sms.unencodable");
                args.put("textBody", new Object[] {String.join(" ", m.unencodable())});
            } else if (m.kind().isEmpty()) {
                errors.put("textBody", "error.sms.tooLong");
                args.put("textBody", new Object[] {m.bytes(), SmsKind.LMS.maxBytes()});
            }
        }
        if (fields.contains(MergeField.COUPON) && !couponsAvailable) {
            String where = s != null && TemplateText.parse(s).fields().contains(MergeField.COUPON) ? "subject"
                    : h != null && TemplateText.parse(h).fields().contains(MergeField.COUPON) ? "htmlBody" : "textBody";
            errors.putIfAbsent(where, "error.coupon.notConfigured");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, args);
        }
        return new Checked(n, channel, s, h, t, fields);
    }

    private static void part(String field, String text, Set<MergeField> fields, Map<String, String> errors,
            Map<String, Object[]> args) {
        if (text == null) {
            return;
        }
        TemplateText parsed = TemplateText.parse(text);
        fields.addAll(parsed.fields());
        if (!parsed.unknown().isEmpty() && !errors.containsKey(field)) {
            errors.put(field, "error.template.unknownField");
            args.put(field, new Object[] {String.join(", ", parsed.unknown()), knownPlaceholders()});
        }
    }

    /** Every field as staff may write it: {@code {{이름}}, {{등급}}, …}. */
    public static String knownPlaceholders() {
        return Arrays.stream(MergeField.values()).map(MergeField::placeholder).collect(Collectors.joining(", "));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An SMS keeps its inner line breaks as one {@code \n} each, as it is sent and counted. */
    private static String trimmedSms(String s) {
        return trimmed(SmsText.normalise(s));
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
