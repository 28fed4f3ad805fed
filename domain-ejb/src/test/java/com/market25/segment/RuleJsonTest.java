package com.market25.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.market25.common.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MKT-02: a rule survives its JSON form (the API's and the segment table's), bad JSON is refused. */
class RuleJsonTest {

    @Test
    void roundTrip() {
        SegmentRule rule = new RuleGroup(Logic.AND, false, List.of(
                RuleCondition.of(SegmentField.REGION, "SEOUL"),
                new RuleGroup(Logic.OR, true, List.of(
                        new RuleCondition(SegmentField.RFM_CELL, List.of("545"), null, null, 12L, false),
                        new RuleCondition(SegmentField.PURCHASE_AMOUNT, List.of("100000", ""),
                                LocalDate.of(2022, 1, 1), null, null, true)))));
        assertEquals(rule, RuleJson.parse(RuleJson.write(rule)));
    }

    @Test
    void numbersAreReadAsValues() {
        SegmentRule rule = RuleJson.parse("{\"field\":\"R_SCORE\",\"values\":[4,5]}");
        assertEquals(RuleCondition.of(SegmentField.R_SCORE, "4", "5"), rule);
    }

    @Test
    void refusesWhatIsNoRule() {
        for (String bad : List.of("", "[]", "{\"field\":\"NOPE\",\"values\":[]}", "{\"op\":\"XOR\",\"rules\":[]}",
                "{\"field\":\"GENDER\"}", "{\"field\":\"R_SCORE\",\"values\":[1],\"from\":\"yesterday\"}")) {
            assertThrows(InvalidInputException.class, () -> RuleJson.parse(bad), bad);
        }
    }

    @Test
    void userFieldsAreNamedByCodeAndCarryNoType() {
        SegmentRule rule = new RuleGroup(Logic.OR, false, List.of(
                RuleCondition.ofUserField(SegmentField.USER_FIELD, "visits", "2.5", ""),
                new RuleCondition(SegmentField.USER_FIELD_FILLED, "wedding", List.of("false"), null, null, null, true)));
        String json = RuleJson.write(rule);
        assertEquals("{\"op\":\"OR\",\"rules\":[{\"field\":\"USER_FIELD\",\"code\":\"visits\",\"values\":[\"2.5\",\"\"]},"
                + "{\"field\":\"USER_FIELD_FILLED\",\"code\":\"wedding\",\"values\":[\"false\"],\"not\":true}]}", json);
        assertEquals(rule, RuleJson.parse(json));
        assertEquals(RuleCondition.ofUserField(SegmentField.USER_FIELD_FILLED, "grade", "true"),
                RuleJson.parse("{\"field\":\"USER_FIELD_FILLED\",\"code\":\"grade\",\"values\":[true]}"));
        // a code means nothing to the fixed fields
        assertEquals(RuleCondition.of(SegmentField.GENDER, "F"),
                RuleJson.parse("{\"field\":\"GENDER\",\"code\":\"x\",\"values\":[\"F\"]}"));
        for (String bad : List.of("{\"field\":\"USER_FIELD\",\"values\":[\"1\"]}",
                "{\"field\":\"USER_FIELD\",\"code\":7,\"values\":[\"1\"]}",
                "{\"field\":\"USER_FIELD\",\"code\":\"visits\"}")) {
            assertThrows(InvalidInputException.class, () -> RuleJson.parse(bad), bad);
        }
    }
}
