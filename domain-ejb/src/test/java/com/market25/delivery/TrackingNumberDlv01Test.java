package com.market25.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DLV-01: tracking numbers are checked per carrier (digits, length, optional check digit). */
class TrackingNumberDlv01Test {

    private static final TrackingRule CJ = new TrackingRule(10, 12, CheckDigit.NONE);
    private static final TrackingRule EPOST = new TrackingRule(13, 13, CheckDigit.NONE);

    @Test
    @DisplayName("DLV-01 a tracking number typed with hyphens and spaces is stored as its digits")
    void hyphensAndSpacesAreDropped() {
        TrackingRule.Checked checked = CJ.check(" 6892-1234 5678 ");
        assertTrue(checked.ok());
        assertEquals("689212345678", checked.number());
    }

    @Test
    @DisplayName("DLV-01 a tracking number with letters is refused")
    void lettersAreRefused() {
        assertEquals("error.delivery.trackingDigits", CJ.check("68921234567A").errorKey());
    }

    @Test
    @DisplayName("DLV-01 a tracking number of the wrong length is refused, naming the carrier's length and the typed one")
    void wrongLengthIsRefusedWithBothLengths() {
        TrackingRule.Checked checked = EPOST.check("123456789012");
        assertEquals("error.delivery.trackingLength", checked.errorKey());
        assertArrayEquals(new Object[] {"13", 12}, checked.args());
        assertEquals("10~12", CJ.lengthText());
    }

    @Test
    @DisplayName("DLV-01 an empty tracking number is missing, not malformed")
    void emptyIsMissing() {
        assertEquals("error.delivery.trackingMissing", CJ.check(" - ").errorKey());
    }

    @Test
    @DisplayName("DLV-01 a carrier with the mod-7 check digit takes a number whose last digit is the rest modulo 7 and refuses another")
    void mod7CheckDigit() {
        TrackingRule rule = new TrackingRule(12, 12, CheckDigit.MOD7);
        // 68921234567 mod 7 = 3
        assertEquals(3, 68921234567L % 7);
        assertTrue(rule.check("689212345673").ok());
        assertEquals("error.delivery.trackingCheckDigit", rule.check("689212345670").errorKey());
    }

    @Test
    @DisplayName("DLV-01 the carrier's tracking page is its URL with the number in place, and a file names the carrier by code or name")
    void trackingLinkAndCarrierNames() {
        CarrierView cj = new CarrierView(1, "CJ", "CJ대한통운", "https://trace.example/t?no={trackingNo}",
                new BigDecimal("2500"), CJ, true, 1, "admin", LocalDateTime.now(), 0);
        assertEquals("https://trace.example/t?no=689212345678", cj.trackingLink("689212345678"));
        assertTrue(cj.answersTo("cj"));
        assertTrue(cj.answersTo("CJ 대한통운"));
        assertFalse(cj.answersTo("한진택배"));
    }

    @Test
    @DisplayName("DLV-01 a carrier's tracking address must be https and hold the number's place")
    void carrierFormChecksTheTrackingAddress() {
        var checks = new com.market25.common.Checks();
        new CarrierForm(null, null, "XX", "엑스택배", "http://x.example/{trackingNo}", new BigDecimal("2000"), 10, 12,
                CheckDigit.NONE, true, 9).check(checks);
        assertTrue(checks.has("trackingUrl"));
        var good = new com.market25.common.Checks();
        new CarrierForm(null, null, "XX", "엑스택배", "https://x.example/{trackingNo}", new BigDecimal("2000.00"), 10, 12,
                CheckDigit.NONE, true, 9).check(good);
        assertFalse(good.has("trackingUrl"));
        assertFalse(good.has("feePerParcel"));
    }
}
