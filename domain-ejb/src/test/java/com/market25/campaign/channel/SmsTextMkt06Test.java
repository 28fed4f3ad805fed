package com.market25.campaign.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.common.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** MKT-06: a text message's length as Korean carriers count it (EUC-KR / CP949 bytes). */
class SmsTextMkt06Test {

    @Test
    void koreanLettersCountTwoAndAsciiOne() {
        assertEquals(10, SmsText.measure("안녕하세요").bytes());
        assertEquals(5, SmsText.measure("Hello").bytes());
        assertEquals(9, SmsText.measure("Hi 홍길동").bytes(), "mixed: 3 ASCII + 3 Korean");
        assertEquals(14, SmsText.measure("(광고)Market25").bytes());
    }

    @Test
    void syllablesOutsideStrictEucKrStillCountTwo() {
        // KS X 1001 lacks these; the carriers' "EUC-KR" is CP949, which has every syllable
        assertEquals(4, SmsText.measure("똠햏").bytes());
        assertTrue(SmsText.measure("똠햏").sendable());
    }

    @Test
    void aLineBreakIsOneByteAlsoFromATextArea() {
        assertEquals(3, SmsText.measure("a\r\nb").bytes());
        assertEquals(3, SmsText.measure("a\nb").bytes());
    }

    @Test
    void eightyBytesIsAnSmsEightyOneAnLms() {
        String forty = "가".repeat(40);
        assertEquals(80, SmsText.measure(forty).bytes());
        assertEquals(Optional.of(SmsKind.SMS), SmsText.measure(forty).kind());
        assertEquals(81, SmsText.measure(forty + "a").bytes());
        assertEquals(Optional.of(SmsKind.LMS), SmsText.measure(forty + "a").kind());
        assertEquals(Optional.of(SmsKind.SMS), SmsText.measure("a".repeat(80)).kind());
    }

    @Test
    void twoThousandBytesIsTheLongestLms() {
        String thousand = "한".repeat(1000);
        assertEquals(Optional.of(SmsKind.LMS), SmsText.measure(thousand).kind());
        SmsText.Measure over = SmsText.measure(thousand + "!");
        assertEquals(2001, over.bytes());
        assertEquals(Optional.empty(), over.kind());
        assertFalse(over.sendable());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SmsText.checked("text", thousand + "!"));
        assertEquals("error.sms.tooLong", refused.fieldErrors().get("text"));
        assertEquals(List.of(2001, 2000), List.of(refused.arguments("text")));
    }

    @Test
    void emojiAreRefusedAndNamed() {
        SmsText.Measure m = SmsText.measure("세일 😀 시작");
        assertFalse(m.sendable());
        assertEquals(List.of("😀(U+1F600)"), m.unencodable());
        assertEquals(10, m.bytes(), "the refused character counts nothing");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SmsText.checked("text", "세일 😀"));
        assertEquals("error.sms.unencodable", refused.fieldErrors().get("text"));
        assertEquals("😀(U+1F600)", refused.arguments("text")[0]);
    }

    @Test
    void anEmptyTextIsNotSendable() {
        assertFalse(SmsText.measure("").sendable());
        assertEquals("error.required",
                assertThrows(InvalidInputException.class, () -> SmsText.checked("text", "  ")).fieldErrors().get("text"));
    }

    @Test
    void theScreensTableOfEncodableCharactersIsTheCharsets() {
        // decode the ranges as sms.js does and compare with the charset, character by character
        String[] parts = SmsText.encodableRanges().split(",");
        boolean[] table = new boolean[0x10000];
        int at = 0x80;
        for (int i = 0; i < parts.length; i += 2) {
            at += Integer.parseInt(parts[i], 36);
            int length = Integer.parseInt(parts[i + 1], 36);
            for (int c = at; c < at + length; c++) {
                table[c] = true;
            }
            at += length;
        }
        for (int c = 0x80; c < 0x10000; c++) {
            final int ch = c;
            if (!Character.isSurrogate((char) c)) {
                assertEquals(SmsText.encodable((char) c), table[c], () -> "U+" + Integer.toHexString(ch));
            }
        }
    }

    @Test
    void composedMessagesCarryTheAdPrefixAndTheFreeRefusalNumber() {
        SmsSettings demo = SmsSettings.resolve(name -> null, true);
        String sent = demo.compose("  가을 세일\r\n오늘만  ");
        assertEquals("(광고)Market25\n가을 세일\n오늘만\n무료거부 080-000-0000", sent);
        assertEquals("0237281900", demo.senderNumber());
    }

    @Test
    void aRealInstallationWithoutNumbersSendsNothing() {
        SmsSettings.NotConfiguredException e = assertThrows(SmsSettings.NotConfiguredException.class,
                () -> SmsSettings.resolve(name -> null, false));
        assertTrue(e.getMessage().contains("MARKET25_SMS_SENDER"), e.getMessage());
        assertTrue(e.getMessage().contains("MARKET25_SMS_OPT_OUT"), e.getMessage());
    }

    @Test
    void eachKindHasItsOwnUnitCost() {
        SmsSettings s = SmsSettings.resolve(name -> switch (name) {
            case "market25.sms.cost.sms" -> "8.4";
            case "market25.sms.cost.lms" -> "27";
            default -> null;
        }, true);
        assertEquals("8.4", s.unitCost(SmsKind.SMS).toPlainString());
        assertEquals("27", s.unitCost(SmsKind.LMS).toPlainString());
        assertThrows(SmsSettings.NotConfiguredException.class,
                () -> SmsSettings.resolve(name -> name.equals("market25.sms.cost.sms") ? "-1" : null, true));
    }

    @Test
    void theSimulatorAnswersByTheReservedTestRange() {
        assertEquals(SmsStatus.DELIVERED, SmsSimulator.outcome("010-2345-6789"));
        assertEquals(SmsStatus.UNKNOWN_NUMBER, SmsSimulator.outcome("010-0000-1234"));
        assertEquals(SmsStatus.FAILED, SmsSimulator.outcome("010-0001-1234"));
        assertEquals(SmsStatus.UNKNOWN_NUMBER, SmsSimulator.outcome("02-734-1305"), "a landline gets no text");
    }

    @Test
    void reportsTravelAsLinesAndComeBackTheSame() {
        var now = java.time.Instant.ofEpochMilli(1_700_000_000_123L);
        List<SmsReport> reports = List.of(new SmsReport(7, SmsStatus.DELIVERED, "SIM-7", now),
                new SmsReport(8, SmsStatus.UNKNOWN_NUMBER, null, now));
        assertEquals(reports, SmsReports.parse(SmsReports.format(reports)));
        assertThrows(IllegalArgumentException.class, () -> SmsReports.parse("7\tDELIVERED"));
        assertEquals(List.of(1L, 2L, 3L), SmsOutboundListener.ids("1,2, 3,"));
    }
}
