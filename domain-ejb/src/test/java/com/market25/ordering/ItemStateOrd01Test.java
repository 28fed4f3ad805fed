package com.market25.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ORD-01 item-level states and their moves. */
class ItemStateOrd01Test {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 4, 10, 0);

    private static CustomerOrder order() {
        PricedCart cart = new PricedCart(List.of(
                new PricedLine(1L, "A", "상품 A", "가전", 1, new BigDecimal("30000"), new BigDecimal("30000"),
                        new BigDecimal("300"), new BigDecimal("100"), true),
                new PricedLine(2L, "B", "상품 B", "가전", 2, new BigDecimal("35000"), new BigDecimal("70000"),
                        new BigDecimal("700"), new BigDecimal("200"), true)),
                new BigDecimal("100000"), new BigDecimal("1000"), new BigDecimal("300"));
        return new CustomerOrder("0000000001", null, Channel.INTERNET, "WEB_MASTER", "0040", null, cart, null, T0);
    }

    @Test
    @DisplayName("ORD-01: an item can be cancelled before shipment, not after")
    void cancelOnlyBeforeShipment() {
        assertTrue(ItemState.RECEIVED.canMoveTo(ItemState.CANCELLED));
        assertTrue(ItemState.PAID.canMoveTo(ItemState.CANCELLED));
        assertFalse(ItemState.DELIVERY_INSTRUCTED.canMoveTo(ItemState.CANCELLED));
        assertFalse(ItemState.DELIVERED.canMoveTo(ItemState.CANCELLED));
    }

    @Test
    @DisplayName("ORD-01: a return goes requested → approved → received → returned; a rejected one goes back")
    void returnSteps() {
        assertTrue(ItemState.DELIVERED.canMoveTo(ItemState.RETURN_REQUESTED));
        assertTrue(ItemState.COMPLETED.canMoveTo(ItemState.RETURN_REQUESTED));
        assertTrue(ItemState.RETURN_REQUESTED.canMoveTo(ItemState.RETURN_ACCEPTED));
        assertTrue(ItemState.RETURN_ACCEPTED.canMoveTo(ItemState.RETURN_RECEIVED));
        assertTrue(ItemState.RETURN_RECEIVED.canMoveTo(ItemState.RETURNED));
        assertTrue(ItemState.RETURN_REQUESTED.canMoveTo(ItemState.DELIVERED), "rejected");
        assertFalse(ItemState.RETURN_REQUESTED.canMoveTo(ItemState.RETURNED), "not before the goods are back");
        assertFalse(ItemState.PAID.canMoveTo(ItemState.RETURN_REQUESTED), "not before delivery");
    }

    @Test
    @DisplayName("ORD-01: a cancelled item stays cancelled while the rest of the order moves on")
    void cancelledItemDoesNotFollow() {
        CustomerOrder o = order();
        o.moveItems(Set.of(1), ItemState.CANCELLED, "MEMBER:miran", T0.plusMinutes(1), 7L);
        o.moveTo(OrderStatus.PAID, "PG:sim", T0.plusMinutes(2));
        assertEquals(ItemState.CANCELLED, o.getLines().get(0).getItemState());
        assertEquals(ItemState.PAID, o.getLines().get(1).getItemState());
        assertEquals(1, o.getItemChanges().size());
        ItemChange change = o.getItemChanges().get(0);
        assertEquals(1, change.getLineNo());
        assertEquals(ItemState.RECEIVED, change.getFromState());
        assertEquals("MEMBER:miran", change.getChangedBy());
        assertEquals(7L, change.getClaimId());
    }

    @Test
    @DisplayName("ORD-01: a move one item may not make is refused and moves none of them")
    void refusedMoveChangesNothing() {
        CustomerOrder o = order();
        o.moveItems(Set.of(1), ItemState.CANCELLED, "staff", T0, null);
        assertThrows(IllegalItemTransitionException.class,
                () -> o.moveItems(Set.of(1, 2), ItemState.CANCELLED, "staff", T0, null));
        assertEquals(ItemState.RECEIVED, o.getLines().get(1).getItemState());
        assertEquals(1, o.getItemChanges().size());
    }

    @Test
    @DisplayName("BON-04: what is left to pay is the items still sold less the bonus spent")
    void amountDue() {
        CustomerOrder o = order();
        o.useBonus(new BigDecimal("10000"));
        assertEquals(0, new BigDecimal("90000").compareTo(o.amountDue()));
        o.moveItems(Set.of(1), ItemState.CANCELLED, "staff", T0, null);
        o.refunded(BigDecimal.ZERO, new BigDecimal("3000"));
        assertEquals(0, new BigDecimal("63000").compareTo(o.amountDue()));
    }

    @Test
    @DisplayName("BON-04: bonus above the total or in fractions of a won cannot be spent")
    void bonusLimits() {
        CustomerOrder o = order();
        assertThrows(IllegalArgumentException.class, () -> o.useBonus(new BigDecimal("100001")));
        assertThrows(IllegalArgumentException.class, () -> o.useBonus(new BigDecimal("10.5")));
    }
}
