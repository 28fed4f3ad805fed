package com.market25.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.market25.common.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MKT-01: customer value from the weights, grade from the administrator's bands. */
class RfmGradesMkt01Test {

    private static final List<GradeBand> DEFAULT_BANDS = List.of(
            new GradeBand("VIP", 455), new GradeBand("우수", 333), new GradeBand("일반", 222), new GradeBand("휴면", 0));

    @Test
    void theDefaultWeightsReadTheCellAsTheValue() {
        assertEquals(545, RfmWeights.DEFAULT.value(5, 4, 5));
        assertEquals(111, RfmWeights.DEFAULT.value(1, 1, 1));
    }

    @Test
    void otherWeightsChangeTheValueNotTheCell() {
        assertEquals(5 * 3 + 4 * 2 + 5, new RfmWeights(3, 2, 1).value(5, 4, 5));
    }

    @Test
    void aValueGetsTheBandWithTheHighestMinimumNotAboveIt() {
        assertEquals("VIP", GradeBand.gradeOf(455, DEFAULT_BANDS), "a band's minimum belongs to it");
        assertEquals("우수", GradeBand.gradeOf(454, DEFAULT_BANDS));
        assertEquals("일반", GradeBand.gradeOf(222, DEFAULT_BANDS));
        assertEquals("휴면", GradeBand.gradeOf(111, DEFAULT_BANDS));
        assertEquals("", GradeBand.gradeOf(5, List.of(new GradeBand("VIP", 455))), "no band: no grade");
    }

    @Test
    void weightsOutsideZeroToAThousandAreRefusedWithTheField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new RfmWeights(100, -1, 1));
        assertEquals("error.rfm.weight", refused.fieldErrors().get("weightF"));
        assertThrows(InvalidInputException.class, () -> new RfmWeights(1001, 10, 1));
    }
}
