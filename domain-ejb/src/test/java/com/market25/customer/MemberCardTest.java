package com.market25.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** MEM-01: the member card's number and its printable PDF. */
class MemberCardTest {

    @Test
    void mem01_cardNumberIsMemberNumberIssueAndLuhnDigit() {
        String first = MemberCardNumber.of("100001", 1);
        assertEquals("10000101", first.substring(0, 8));
        assertEquals(9, first.length());
        assertTrue(MemberCardNumber.isValid(first));
        // a known Luhn example: 7992739871 has check digit 3
        assertEquals(3, MemberCardNumber.luhnDigit("7992739871"));
    }

    @Test
    void mem01_aNewCardHasANewNumberAndTyposAreCaught() {
        String first = MemberCardNumber.of("100001", 1);
        String second = MemberCardNumber.of("100001", 2);
        assertNotEquals(first, second);
        String typo = first.substring(0, 3) + (char) ('0' + (first.charAt(3) - '0' + 1) % 10) + first.substring(4);
        assertFalse(MemberCardNumber.isValid(typo));
        assertThrows(IllegalArgumentException.class, () -> MemberCardNumber.of("100001", 100));
        assertThrows(IllegalArgumentException.class, () -> MemberCardNumber.of("M-1", 1));
    }

    @Test
    void mem01_groupedForTheEye() {
        assertEquals("1000 0101 3", MemberCardNumber.grouped("100001013"));
    }

    /**
     * The card needs a Korean font (fonts-nanum, which .ci/market25 installs): without one the
     * test is skipped on a developer's machine and fails in CI, where it must be there.
     */
    private static void fontOrSkip() {
        try {
            MemberCardPdf.font();
        } catch (MemberCardPdf.NoFontException e) {
            // the project's scripts install fonts-nanum: a missing font is a failure, never a skip
            throw e;
        }
    }

    @Test
    void mem01_printableCardCarriesTheKoreanNameWithAnEmbeddedFont() throws Exception {
        fontOrSkip();
        String cardNo = MemberCardNumber.of("100001", 1);
        byte[] pdf = MemberCardPdf.render("Market25", "안미란", "100001", cardNo, LocalDate.of(2026, 12, 3));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            // ID-1 card: 85.60 mm wide
            assertEquals(85.60, doc.getPage(0).getMediaBox().getWidth() * 25.4 / 72, 0.01);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("안미란"), text);
            assertTrue(text.contains("회원번호 100001"), text);
            assertTrue(text.contains(MemberCardNumber.grouped(cardNo)), text);
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }
}
