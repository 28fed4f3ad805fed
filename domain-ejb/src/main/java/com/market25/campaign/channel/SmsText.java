package com.market25.campaign.channel;

import com.market25.common.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How long a text message is (MKT-06), counted as Korean carriers count it: in EUC-KR bytes, an
 * ASCII character one byte, a Korean letter (and every other character the encoding has) two.
 * An SMS holds 80 bytes, an LMS 2,000; a longer text is refused, and so is any character the
 * encoding lacks (emoji …), naming it, because a carrier would deliver it as "?" or not at all.
 *
 * <p>"EUC-KR" as the carriers and their gateways mean it is the extended Wansung code page
 * (CP949 / MS949, Java's {@code x-windows-949}): the same two bytes for every Korean letter as
 * strict EUC-KR (KS X 1001), which lacks 8,822 of the 11,172 syllables, so a customer named 똠 or
 * 햏 could not be sent a message at all. Line breaks count as one byte ({@code \r\n} is read as
 * {@code \n}, as the screen's counter sees a text area).
 *
 * <p>The back office's counter (admin {@code sms.js}) counts with the same table of encodable
 * characters, served by {@link #encodableRanges()}.
 */
public final class SmsText {

    public static final Charset CHARSET = Charset.forName("x-windows-949");

    /** Every BMP character the charset encodes (each non-ASCII one in two bytes). */
    private static final BitSet ENCODABLE = encodable();

    /** A text's length, its kind and what cannot be sent. */
    public record Measure(String text, int bytes, Optional<SmsKind> kind, List<String> unencodable) {

        public boolean sendable() {
            return kind.isPresent() && unencodable.isEmpty() && !text.isEmpty();
        }
    }

    private SmsText() {
    }

    /** Line breaks as one {@code \n}, as they are sent. */
    public static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static Measure measure(String text) {
        String t = normalise(text);
        int bytes = 0;
        Set<String> refused = new LinkedHashSet<>();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                bytes += 1;
            } else if (cp <= 0xFFFF && ENCODABLE.get(cp)) {
                bytes += 2;
            } else {
                // counts nothing: the text is refused anyway, and the counter on the screen does the same
                refused.add(shown(cp));
            }
        }
        return new Measure(t, bytes, SmsKind.forBytes(bytes), List.copyOf(refused));
    }

    /**
     * The text as it will be sent, or {@link InvalidInputException} on {@code field}: empty,
     * characters the encoding lacks (named), or more than 2,000 bytes.
     */
    public static Measure checked(String field, String text) {
        Measure m = measure(text);
        if (m.text().isBlank()) {
            throw InvalidInputException.of(field, "error.required");
        }
        if (!m.unencodable().isEmpty()) {
            throw InvalidInputException.of(field, "error.sms.unencodable", String.join(" ", m.unencodable()));
        }
        if (m.kind().isEmpty()) {
            throw InvalidInputException.of(field, "error.sms.tooLong", m.bytes(), SmsKind.LMS.maxBytes());
        }
        return m;
    }

    /** A refused character as staff can find it: itself and its code (an invisible one shows as its code). */
    static String shown(int cp) {
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        return Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? code
                : new String(Character.toChars(cp)) + "(" + code + ")";
    }

    /**
     * The encodable non-ASCII characters as ranges, for the screen's counter: pairs of (gap since
     * the end of the previous range, length) in base 36, comma-separated, starting at U+0080.
     */
    public static String encodableRanges() {
        StringBuilder out = new StringBuilder(24_000);
        int previousEnd = 0x80;
        int cp = ENCODABLE.nextSetBit(0x80);
        while (cp >= 0) {
            int end = ENCODABLE.nextClearBit(cp);
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(Integer.toString(cp - previousEnd, 36)).append(',').append(Integer.toString(end - cp, 36));
            previousEnd = end;
            cp = ENCODABLE.nextSetBit(end);
        }
        return out.toString();
    }

    /** Whether the charset encodes this BMP character (tests compare the ranges with it). */
    static boolean encodable(char c) {
        return c < 0x80 || ENCODABLE.get(c);
    }

    private static BitSet encodable() {
        CharsetEncoder encoder = CHARSET.newEncoder();
        BitSet set = new BitSet(0x10000);
        for (int c = 0x80; c <= 0xFFFF; c++) {
            if (!Character.isSurrogate((char) c) && encoder.canEncode((char) c)) {
                set.set(c);
            }
        }
        return set;
    }
}
