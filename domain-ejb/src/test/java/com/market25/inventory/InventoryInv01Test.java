package com.market25.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** INV-01 rules that need no database: stock levels, movements, transfer life cycle, 납품 확인. */
class InventoryInv01Test {

    @Test
    @DisplayName("INV-01: available is on hand minus reserved")
    void availableIsOnHandMinusReserved() {
        assertEquals(7, new StockLevel(10, 3, 0).available());
    }

    @Test
    @DisplayName("INV-01: an order cannot reserve more than is available")
    void reservationBeyondAvailableIsRefused() {
        StockLevel level = new StockLevel(10, 8, 0);
        assertTrue(level.allows(MovementKind.RESERVE, 2));
        assertFalse(level.allows(MovementKind.RESERVE, 3));
        assertThrows(InsufficientStockException.class, () -> level.after(MovementKind.RESERVE, 3));
    }

    @Test
    @DisplayName("INV-01: stock taken out never goes below what orders hold reserved")
    void adjustmentOutKeepsReservations() {
        StockLevel level = new StockLevel(10, 8, 0);
        assertEquals(new StockLevel(8, 8, 0), level.after(MovementKind.ADJUST_OUT, 2));
        assertFalse(level.allows(MovementKind.ADJUST_OUT, 3));
        assertFalse(level.allows(MovementKind.TRANSFER_OUT, 3));
    }

    @Test
    @DisplayName("INV-01: a shipment takes the reservation and the goods together")
    void shipmentLowersOnHandAndReserved() {
        assertEquals(new StockLevel(7, 1, 5), new StockLevel(10, 4, 5).after(MovementKind.SHIP_OUT, 3));
    }

    @Test
    @DisplayName("INV-01: a shipment larger than the reservation takes the rest from free stock, never below zero")
    void shipmentBeyondReservation() {
        assertEquals(new StockLevel(6, 0, 0), WebShopStock.shipment(new StockLevel(10, 2, 0), 4));
        assertThrows(InsufficientStockException.class, () -> WebShopStock.shipment(new StockLevel(3, 1, 0), 4));
    }

    @Test
    @DisplayName("INV-01: stock given back is a release up to the reservation, a return beyond it")
    void giveBackSplitsReleaseAndReturn() {
        assertArrayEquals(new int[] {3, 0}, new StockLevel(10, 5, 0).splitGiveBack(3));
        assertArrayEquals(new int[] {2, 3}, new StockLevel(10, 2, 0).splitGiveBack(5));
    }

    @Test
    @DisplayName("INV-01: the safety-stock alert shows when available falls below 적정재고")
    void belowSafety() {
        assertTrue(new StockLevel(10, 6, 5).belowSafety());
        assertFalse(new StockLevel(10, 5, 5).belowSafety());
        assertFalse(new StockLevel(0, 0, 0).belowSafety(), "no safety stock set, no alert");
    }

    @Test
    @DisplayName("INV-01: a transfer is requested, shipped (in transit), received; cancelled only before shipping")
    void transferLifeCycle() {
        assertTrue(TransferStatus.REQUESTED.canMoveTo(TransferStatus.IN_TRANSIT));
        assertTrue(TransferStatus.REQUESTED.canMoveTo(TransferStatus.CANCELLED));
        assertTrue(TransferStatus.IN_TRANSIT.canMoveTo(TransferStatus.RECEIVED));
        assertFalse(TransferStatus.IN_TRANSIT.canMoveTo(TransferStatus.CANCELLED));
        assertFalse(TransferStatus.REQUESTED.canMoveTo(TransferStatus.RECEIVED));
        assertFalse(TransferStatus.RECEIVED.canMoveTo(TransferStatus.IN_TRANSIT), "a second receipt is refused");
    }

    @Test
    @DisplayName("INV-01: 납품 확인 records the shortfall per item; uncounted lines arrived in full")
    void deliveryConfirmationShortfall() {
        Map<Integer, Integer> sent = new LinkedHashMap<>(Map.of(1, 5));
        sent.put(2, 3);
        List<DeliveryConfirmation.Line> lines = DeliveryConfirmation.confirm(sent, Map.of(1, 11L, 2, 12L), Map.of(1, 3));
        assertEquals(2, lines.get(0).shortfall());
        assertEquals(3, lines.get(1).confirmed());
        assertEquals(2, DeliveryConfirmation.totalShortfall(lines));
    }

    @Test
    @DisplayName("INV-01: 납품 확인 cannot confirm more than was sent, nor a negative count")
    void deliveryConfirmationBounds() {
        Map<Integer, Integer> sent = Map.of(1, 5);
        assertThrows(InvalidInputException.class, () -> DeliveryConfirmation.confirm(sent, Map.of(1, 11L), Map.of(1, 6)));
        assertThrows(InvalidInputException.class, () -> DeliveryConfirmation.confirm(sent, Map.of(1, 11L), Map.of(1, -1)));
        assertThrows(InvalidInputException.class, () -> DeliveryConfirmation.confirm(sent, Map.of(1, 11L), Map.of(2, 1)));
    }

    @Test
    @DisplayName("INV-01: an impossible level cannot exist")
    void impossibleLevel() {
        assertThrows(IllegalArgumentException.class, () -> new StockLevel(2, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new StockLevel(-1, 0, 0));
    }
}
