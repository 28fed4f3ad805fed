package com.market25.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ReconciliationReasonTest {

    @Test
    void theDetailColumnKeepsTheReasonAndItsNote() {
        String detail = ReconciliationReason.NOT_RECORDED.detail("approval 04518262");
        assertEquals(ReconciliationReason.NOT_RECORDED, ReconciliationReason.ofDetail(detail));
        assertEquals("approval 04518262", ReconciliationReason.noteOf(detail));
        assertNull(ReconciliationReason.noteOf(ReconciliationReason.NEVER_REACHED.detail(null)));
        assertNull(ReconciliationReason.ofDetail("free text written by an older version"));
        assertEquals("free text written by an older version",
                ReconciliationReason.noteOf("free text written by an older version"));
    }

    @Test
    void everyReasonAndActionReadsInKoreanAndEnglish() {
        ResourceBundle ko = ResourceBundle.getBundle("com.market25.i18n.Messages", Locale.KOREAN);
        ResourceBundle en = ResourceBundle.getBundle("com.market25.i18n.Messages", Locale.ENGLISH);
        for (ReconciliationReason r : ReconciliationReason.values()) {
            assertEquals(false, ko.getString(r.labelKey()).isBlank());
            assertEquals(false, en.getString(r.labelKey()).equals(ko.getString(r.labelKey())), r.name());
        }
        for (ReconciliationAction a : ReconciliationAction.values()) {
            assertEquals(false, en.getString(a.labelKey()).equals(ko.getString(a.labelKey())), a.name());
        }
    }
}
