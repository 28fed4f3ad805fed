package com.market25.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.common.InvalidInputException;
import com.market25.customer.FieldDefinition;
import com.market25.customer.FieldDefinition.FieldOption;
import com.market25.customer.FieldType;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MKT-02: rules become parameterised SQL; what a user typed never becomes SQL text. */
class SegmentSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    /** The server's definitions: the rule names a field by code, its type and options come from here. */
    private static final UserFields DEFINED = UserFields.of(List.of(
            new FieldDefinition(11, "visits", "매장 방문", FieldType.NUMBER, true, List.of()),
            new FieldDefinition(12, "hobby", "취미", FieldType.TEXT, true, List.of()),
            new FieldDefinition(13, "wedding", "결혼기념일", FieldType.DATE, true, List.of()),
            new FieldDefinition(14, "grade", "등급", FieldType.CODE, true,
                    List.of(new FieldOption("GOLD", "골드"), new FieldOption("SILVER", "실버"))),
            new FieldDefinition(15, "old_note", "예전 메모", FieldType.TEXT, false, List.of())));

    private static final String VALUE = "EXISTS (SELECT 1 FROM customer_field_value v WHERE v.field_id = ? AND ";

    private static SegmentSql.Where where(SegmentRule rule) {
        return SegmentSql.where(rule, TODAY, DEFINED);
    }

    private static String refusal(SegmentRule rule) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> where(rule));
        return e.fieldErrors().get("rule");
    }

    @Test
    void nestedGroupsWithNotKeepTheirStructure() {
        SegmentRule rule = new RuleGroup(Logic.AND, false, List.of(
                RuleCondition.of(SegmentField.GENDER, "F"),
                new RuleGroup(Logic.OR, true, List.of(
                        RuleCondition.of(SegmentField.MEMBER_TYPE, "AGENCY"),
                        new RuleCondition(SegmentField.CONSENT_EMAIL, List.of("false"), null, null, null, true)))));
        SegmentSql.Where where = where(rule);
        assertEquals("((m.gender IN (?)) AND NOT ((m.member_type IN (?)) OR NOT (m.consent_email = ?)))", where.sql());
        assertEquals(List.of("F", "AGENCY", false), where.parameters());
    }

    @Test
    void typedCodesAreParametersNeverSql() {
        String attack = "x') OR 1=1 --";
        assertThrows(InvalidInputException.class,
                () -> where(RuleCondition.of(SegmentField.PURCHASE_PRODUCT, attack)),
                "quotes and parentheses are no product code");
        String odd = "상품 A-1";
        SegmentSql.Where where = where(RuleCondition.of(SegmentField.PURCHASE_PRODUCT, odd));
        assertFalse(where.sql().contains(odd));
        assertEquals(List.of(odd), where.parameters());
    }

    @Test
    void fixedOptionsOnly() {
        assertThrows(InvalidInputException.class, () -> where(RuleCondition.of(SegmentField.GENDER, "X")));
        assertThrows(InvalidInputException.class, () -> where(RuleCondition.of(SegmentField.RFM_CELL, "615")));
        assertThrows(InvalidInputException.class,
                () -> where(RuleCondition.of(SegmentField.PURCHASE_AMOUNT, "1e9", "")));
        assertThrows(InvalidInputException.class,
                () -> where(RuleCondition.of(SegmentField.R_SCORE, "4", "2")), "min above max");
    }

    @Test
    void ageBandsAreBirthDateRangesAsOfToday() {
        SegmentSql.Where where = where(RuleCondition.of(SegmentField.AGE_BAND, "20", "70"));
        assertEquals("((m.birth_date <= ? AND m.birth_date > ?) OR (m.birth_date <= ?))", where.sql());
        assertEquals(List.of(Date.valueOf("2006-12-03"), Date.valueOf("1996-12-03"), Date.valueOf("1956-12-03")),
                where.parameters());
    }

    @Test
    void regionsMatchEveryWayAnAddressBegins() {
        SegmentSql.Where where = where(RuleCondition.of(SegmentField.REGION, "SEOUL", "CHUNGBUK"));
        assertEquals("(m.address LIKE ? OR m.address LIKE ? OR m.address LIKE ?)", where.sql());
        assertEquals(List.of("서울%", "충북%", "충청북도%"), where.parameters());
    }

    @Test
    void purchaseAmountInAPeriodAndRfmCellsOfASnapshot() {
        SegmentSql.Where amount = where(new RuleCondition(SegmentField.PURCHASE_AMOUNT, List.of("100,000", ""),
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), null, false));
        assertTrue(amount.sql().contains("p.purchased_on >= ? AND p.purchased_on <= ?) >= ?"), amount.sql());
        assertEquals(List.of(Date.valueOf("2022-01-01"), Date.valueOf("2022-06-30"), new java.math.BigDecimal("100000")),
                amount.parameters());
        SegmentSql.Where cells = where(new RuleCondition(SegmentField.RFM_CELL, List.of("545", "555"),
                null, null, 7L, false));
        assertEquals("(EXISTS (SELECT 1 FROM rfm_snapshot_customer x WHERE x.snapshot_id = ? AND x.customer_id = m.id"
                + " AND x.cell IN (?, ?)))", cells.sql());
        assertEquals(List.of(7L, 545, 555), cells.parameters());
    }

    @Test
    void emptyGroupsAndSizeLimits() {
        assertEquals("(TRUE)", where(new RuleGroup(Logic.AND, false, List.of())).sql());
        assertEquals("NOT (FALSE)", where(new RuleGroup(Logic.OR, true, List.of())).sql());
        SegmentRule deep = RuleCondition.of(SegmentField.GENDER, "M");
        for (int i = 0; i < SegmentRule.MAX_DEPTH + 1; i++) {
            deep = RuleGroup.all(deep);
        }
        SegmentRule tooDeep = deep;
        assertThrows(InvalidInputException.class, () -> where(tooDeep));
    }

    // ---- user-defined fields ----

    @Test
    void userNumberRangeIsAnExistsOverTheNumberColumnWithDecimals() {
        SegmentSql.Where where = where(RuleCondition.ofUserField(SegmentField.USER_FIELD, "visits", "1,200.5", ""));
        assertEquals("(" + VALUE + "v.number_value IS NOT NULL AND v.customer_id = m.id AND v.number_value >= ?))",
                where.sql());
        assertEquals(List.of(11L, new BigDecimal("1200.5")), where.parameters());
        SegmentSql.Where upTo = where(RuleCondition.ofUserField(SegmentField.USER_FIELD, "visits", "", "-3"));
        assertTrue(upTo.sql().endsWith("v.number_value <= ?))"), upTo.sql());
        assertEquals(List.of(11L, new BigDecimal("-3")), upTo.parameters());
    }

    @Test
    void userDateRangeBindsDates() {
        SegmentSql.Where where = where(RuleCondition.ofUserField(SegmentField.USER_FIELD, "wedding", "2020-01-01",
                "2020-12-31"));
        assertEquals("(" + VALUE + "v.date_value IS NOT NULL AND v.customer_id = m.id"
                + " AND v.date_value >= ? AND v.date_value <= ?))", where.sql());
        assertEquals(List.of(13L, Date.valueOf("2020-01-01"), Date.valueOf("2020-12-31")), where.parameters());
    }

    @Test
    void userTextsAreAnyOfAndNeverSql() {
        String attack = "x') OR 1=1 --";
        SegmentSql.Where where = where(RuleCondition.ofUserField(SegmentField.USER_FIELD, "hobby", " 등산 ", attack, "등산"));
        assertEquals("(" + VALUE + "v.text_value IS NOT NULL AND v.customer_id = m.id AND v.text_value IN (?, ?)))",
                where.sql());
        assertFalse(where.sql().contains("OR 1=1"));
        assertEquals(List.of(12L, "등산", attack), where.parameters());
    }

    @Test
    void userCodesMustBeTheFieldsOptions() {
        SegmentSql.Where where = where(RuleCondition.ofUserField(SegmentField.USER_FIELD, "grade", "GOLD", "SILVER"));
        assertEquals("(" + VALUE + "v.code_value IS NOT NULL AND v.customer_id = m.id AND v.code_value IN (?, ?)))",
                where.sql());
        assertEquals(List.of(14L, "GOLD", "SILVER"), where.parameters());
        assertEquals("error.segment.userFieldOption",
                refusal(RuleCondition.ofUserField(SegmentField.USER_FIELD, "grade", "GOLD", "BRONZE")));
        assertEquals("error.segment.userFieldOption",
                refusal(RuleCondition.ofUserField(SegmentField.USER_FIELD, "grade", "골드")), "a label is no code");
    }

    @Test
    void theTypeIsTheDefinitionsNotTheRules() {
        // two numbers sent for a TEXT field stay two texts to match, not a range
        SegmentSql.Where texts = where(RuleCondition.ofUserField(SegmentField.USER_FIELD, "hobby", "1", "5"));
        assertTrue(texts.sql().contains("v.text_value IN (?, ?)"), texts.sql());
        assertEquals(List.of(12L, "1", "5"), texts.parameters());
        // a field the server does not know is refused, even when the rule looks right
        assertEquals("error.segment.userField",
                refusal(RuleCondition.ofUserField(SegmentField.USER_FIELD, "shoe_size", "250", "")));
        assertEquals("error.segment.userField", refusal(RuleCondition.ofUserField(SegmentField.USER_FIELD, null, "1")));
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> SegmentSql.where(
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "visits", "1", ""), TODAY, UserFields.NONE));
        assertEquals(Map.of("rule", "error.segment.userField"), none.fieldErrors());
    }

    @Test
    void badUserValuesAreRefused() {
        for (RuleCondition bad : List.of(
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "visits", "열두 번", ""),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "visits", "1e9", ""),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "visits", "0.12345", ""),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "visits", "", ""),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "visits", "5", "2"),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "visits", "1", "2", "3"),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "wedding", "2020-02-30", ""),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "wedding", "2021-01-01", "2020-01-01"),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "wedding", "20200101", ""),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "hobby"),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "hobby", " "),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "hobby", "가".repeat(301)),
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "grade"),
                RuleCondition.ofUserField(SegmentField.USER_FIELD_FILLED, "hobby", "maybe"),
                RuleCondition.ofUserField(SegmentField.USER_FIELD_FILLED, "hobby"))) {
            assertThrows(InvalidInputException.class, () -> where(bad), bad.toString());
        }
    }

    @Test
    void filledOrNotAndAnInactiveFieldStillEvaluates() {
        SegmentSql.Where filled = where(RuleCondition.ofUserField(SegmentField.USER_FIELD_FILLED, "grade", "true"));
        assertEquals("(" + VALUE + "v.code_value IS NOT NULL AND v.customer_id = m.id))", filled.sql());
        assertEquals(List.of(14L), filled.parameters());
        SegmentSql.Where empty = where(RuleCondition.ofUserField(SegmentField.USER_FIELD_FILLED, "wedding", "false"));
        assertEquals("(NOT " + VALUE + "v.date_value IS NOT NULL AND v.customer_id = m.id))", empty.sql());
        SegmentSql.Where inactive = where(RuleCondition.ofUserField(SegmentField.USER_FIELD, "old_note", "VIP"));
        assertEquals(List.of(15L, "VIP"), inactive.parameters());
    }

    @Test
    void userFieldsNestWithNotAndOr() {
        SegmentRule rule = new RuleGroup(Logic.AND, false, List.of(
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "grade", "GOLD"),
                new RuleGroup(Logic.OR, true, List.of(
                        RuleCondition.ofUserField(SegmentField.USER_FIELD, "visits", "10", ""),
                        new RuleCondition(SegmentField.USER_FIELD_FILLED, "wedding", List.of("true"), null, null, null,
                                true)))));
        SegmentSql.Where where = where(rule);
        assertEquals("((" + VALUE + "v.code_value IS NOT NULL AND v.customer_id = m.id AND v.code_value IN (?)))"
                + " AND NOT ((" + VALUE + "v.number_value IS NOT NULL AND v.customer_id = m.id AND v.number_value >= ?))"
                + " OR NOT (" + VALUE + "v.date_value IS NOT NULL AND v.customer_id = m.id))))", where.sql());
        assertEquals(List.of(14L, "GOLD", 11L, new BigDecimal("10"), 13L), where.parameters());
        assertTrue(rule.namesUserField());
        assertFalse(RuleGroup.all(RuleCondition.of(SegmentField.GENDER, "F")).namesUserField());
    }
}
