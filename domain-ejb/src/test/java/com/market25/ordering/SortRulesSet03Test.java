package com.market25.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.market25.common.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SortRulesSet03Test {

    @Test
    @DisplayName("SET-03 up to four sort keys are kept in the order they were chosen")
    void fourKeysAreKept() {
        var keys = List.of(SortKey.desc(SlipField.TOTAL), SortKey.asc(SlipField.MEMBER_NAME),
                SortKey.asc(SlipField.BRANCH), SortKey.desc(SlipField.ORDERED_AT));
        assertEquals(keys, SortRules.check(keys));
    }

    @Test
    @DisplayName("SET-03 a fifth sort key is refused with a message naming the limit")
    void aFifthKeyIsRefused() {
        var keys = List.of(SortKey.desc(SlipField.TOTAL), SortKey.asc(SlipField.MEMBER_NAME),
                SortKey.asc(SlipField.BRANCH), SortKey.desc(SlipField.ORDERED_AT), SortKey.asc(SlipField.STAFF));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SortRules.check(keys));
        assertEquals("error.sort.tooMany", e.fieldErrors().get("sort"));
        assertEquals(4, e.arguments("sort")[0]);
    }

    @Test
    @DisplayName("SET-03 the same column cannot be a sort key twice")
    void aRepeatedColumnIsRefused() {
        var keys = List.of(SortKey.desc(SlipField.TOTAL), SortKey.asc(SlipField.TOTAL));
        assertEquals("error.sort.repeated",
                assertThrows(InvalidInputException.class, () -> SortRules.check(keys)).fieldErrors().get("sort"));
    }

    @Test
    @DisplayName("SET-03 without sort keys the slips come newest first, and every order ends in the id so pages never overlap")
    void orderByEndsInTheId() {
        assertEquals("o.ordered_at desc, o.id desc", SlipSearch.orderBy(List.of()));
        assertEquals("o.total_amount desc, m.name asc, o.id desc",
                SlipSearch.orderBy(List.of(SortKey.desc(SlipField.TOTAL), SortKey.asc(SlipField.MEMBER_NAME))));
    }

    @Test
    @DisplayName("SET-03 the cancelled/returned filter and the period total leave out exactly the statuses that sold nothing")
    void cancelledStatuses() {
        assertEquals(true, CancelFilter.STATUSES.contains(OrderStatus.CANCELLED));
        assertEquals(false, CancelFilter.STATUSES.contains(OrderStatus.PAID));
        var params = new java.util.ArrayList<Object>();
        String where = new SlipFilter(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 3), null,
                " 0040 ", null, CancelFilter.EXCLUDE, null).checked().conditions(params);
        assertEquals("o.ordered_at >= ? and o.ordered_at < ? and o.status not in ('CANCELLED') and o.branch_code = ?", where);
        assertEquals(java.sql.Timestamp.valueOf("2026-12-04 00:00:00"), params.get(1), "the last day is included");
        assertEquals("0040", params.get(2));
    }

    @Test
    @DisplayName("SET-03 a period that ends before it starts is refused")
    void backwardsPeriodIsRefused() {
        var filter = new SlipFilter(java.time.LocalDate.of(2026, 12, 3), java.time.LocalDate.of(2026, 12, 1), null, null,
                null, null, null);
        assertEquals("error.period.order",
                assertThrows(InvalidInputException.class, filter::checked).fieldErrors().get("from"));
    }
}
