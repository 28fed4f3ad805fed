package com.market25.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** MKT-04: the random split into treatment and control, and the uploaded target list. */
class ControlGroupMkt04Test {

    private static final long[] TEN_THOUSAND = LongStream.rangeClosed(1, 10_000).toArray();

    private static int count(boolean[] control) {
        int n = 0;
        for (boolean b : control) {
            n += b ? 1 : 0;
        }
        return n;
    }

    @Test
    void mkt04_theControlGroupHoldsTheRatioOfTheTargets() {
        assertEquals(2_000, count(TargetDraw.control(TEN_THOUSAND, null, new BigDecimal("0.2"), 42)));
        assertEquals(1, count(TargetDraw.control(new long[] {1, 2, 3}, null, new BigDecimal("0.2"), 42)), "0.6 rounds to one");
        assertEquals(0, count(TargetDraw.control(TEN_THOUSAND, null, BigDecimal.ZERO, 42)));
    }

    @Test
    void mkt04_theSameSeedDrawsTheSameGroupsAndAnotherSeedOthers() {
        boolean[] first = TargetDraw.control(TEN_THOUSAND, null, new BigDecimal("0.2"), 42);
        assertArrayEquals(first, TargetDraw.control(TEN_THOUSAND.clone(), null, new BigDecimal("0.2"), 42));
        boolean[] other = TargetDraw.control(TEN_THOUSAND, null, new BigDecimal("0.2"), 43);
        int same = 0;
        for (int i = 0; i < first.length; i++) {
            same += first[i] && other[i] ? 1 : 0;
        }
        // two independent draws of 20% share about 4% of the customers, not all 20%
        assertTrue(same > 250 && same < 550, "customers in both control groups: " + same);
    }

    @Test
    void mkt04_theDrawIsRandomNotTheFirstOrLastIds() {
        boolean[] control = TargetDraw.control(TEN_THOUSAND, null, new BigDecimal("0.5"), 7);
        int firstHalf = 0;
        for (int i = 0; i < 5_000; i++) {
            firstHalf += control[i] ? 1 : 0;
        }
        assertTrue(firstHalf > 2_300 && firstHalf < 2_700, "control customers among the lower ids: " + firstHalf);
    }

    @Test
    void mkt04_aStratifiedDrawHoldsTheRatioInEveryCell() {
        int[] strata = new int[TEN_THOUSAND.length];
        for (int i = 0; i < strata.length; i++) {
            // a small cell of 10 and a big one of 9,990
            strata[i] = i % 1000 == 0 ? 555 : 111;
        }
        boolean[] control = TargetDraw.control(TEN_THOUSAND, strata, new BigDecimal("0.3"), 42);
        int small = 0;
        int big = 0;
        for (int i = 0; i < control.length; i++) {
            if (control[i]) {
                if (strata[i] == 555) {
                    small++;
                } else {
                    big++;
                }
            }
        }
        assertEquals(3, small);
        assertEquals(2_997, big);
    }

    @Test
    void mkt04_anUploadedListKeepsItsGroupsWhenItGivesThem() {
        TargetSource.CustomerList list = TargetList.parse("\uFEFFcustomer_id,group\r\n1001,TREATMENT\r\n1002,control\r\n\r\n");
        assertEquals(java.util.List.of("1001", "1002"), list.customerIds());
        assertEquals(TargetGroup.CONTROL, list.groups().get("1002"));
        TargetSource.CustomerList plain = TargetList.parse("customer_id\n0000001\n0000002\n");
        assertEquals(2, plain.customerIds().size());
        assertTrue(plain.groups().isEmpty());
    }

    @Test
    void mkt04_aListWithABadGroupOrNoHeaderIsRefused() {
        InvalidInputException badGroup = assertThrows(InvalidInputException.class,
                () -> TargetList.parse("customer_id,group\n1,TREATED\n"));
        assertEquals("error.campaign.listGroup", badGroup.fieldErrors().get("list"));
        assertEquals("error.campaign.listHeader",
                assertThrows(InvalidInputException.class, () -> TargetList.parse("id\n1\n")).fieldErrors().get("list"));
        assertEquals("error.campaign.listEmpty",
                assertThrows(InvalidInputException.class, () -> TargetList.parse("customer_id\n")).fieldErrors().get("list"));
        assertFalse(TargetList.parse("customer_id\n 42 \n").customerIds().contains(" 42 "));
    }
}
