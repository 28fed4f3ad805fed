package com.market25.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MEM-05: a user-defined field's value goes to the column of its type, or is refused. */
class TypedValueTest {

    private static FieldDefinition field(FieldType type) {
        return new FieldDefinition(1, "f", "필드", type, true,
                List.of(new FieldDefinition.FieldOption("GOLF", "골프"), new FieldDefinition.FieldOption("HIKE", "등산")));
    }

    private static String refused(FieldType type, String input) {
        return assertThrows(TypedValue.Refused.class, () -> TypedValue.parse(field(type), input)).messageKey;
    }

    @Test
    void mem05_numbersAreNumbers() throws Exception {
        assertEquals(new BigDecimal("1234.5"), TypedValue.parse(field(FieldType.NUMBER), "1,234.50").number());
        assertEquals("1234.5", TypedValue.parse(field(FieldType.NUMBER), "1234.50").asText());
        assertEquals("error.field.number", refused(FieldType.NUMBER, "열두 개"));
        assertEquals("error.field.numberRange", refused(FieldType.NUMBER, "123456789012345"));
        assertEquals("error.field.numberRange", refused(FieldType.NUMBER, "0.12345"));
    }

    @Test
    void mem05_datesAreDates() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 1), TypedValue.parse(field(FieldType.DATE), "2024-03-01").date());
        assertEquals("error.customer.date", refused(FieldType.DATE, "2024-02-30"));
    }

    @Test
    void mem05_codesMustBeListed() throws Exception {
        assertEquals("HIKE", TypedValue.parse(field(FieldType.CODE), "HIKE").code());
        assertEquals("error.customer.choice", refused(FieldType.CODE, "SKI"));
        assertEquals("등산", field(FieldType.CODE).labelOf("HIKE"));
    }

    @Test
    void mem05_textFitsItsColumnAndHoldsNoResidentNumber() throws Exception {
        assertEquals("골프 매니아", TypedValue.parse(field(FieldType.TEXT), " 골프 매니아 ").text());
        assertEquals("error.tooLong.300", refused(FieldType.TEXT, "가".repeat(301)));
        assertEquals("error.residentNumber", refused(FieldType.TEXT, PrivacyRulesTest.shaped("800517", 1)));
        assertNull(TypedValue.parse(field(FieldType.TEXT), "  "));
    }
}
