package com.market25.inventory;

import com.market25.common.InvalidInputException;
import com.market25.ordering.OrderDeliveryInstructed;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * The web-shop warehouse as storefront orders use it (INV-01), always in the order's
 * transaction: a reservation at order, its release on cancel or expiry, and the shipment out
 * when the order goes to 배송지시. {@code product.stock} moves with the warehouse's available
 * quantity in the same transaction, so the storefront's pages keep reading one column.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WebShopStock {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /**
     * Reserves units for an order. The product row is taken first by the same guarded update
     * as before the warehouses existed (never below zero), then the level's reservation.
     *
     * @return false when not enough is available (nothing changed)
     */
    public boolean reserve(long productId, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("reserved quantity must be positive: " + quantity);
        }
        boolean taken = em.createNativeQuery("update product set stock = stock - ?1 where id = ?2 and stock >= ?1")
                .setParameter(1, quantity)
                .setParameter(2, productId)
                .executeUpdate() == 1;
        if (!taken) {
            return false;
        }
        LevelBook book = new LevelBook(em);
        long web = book.webWarehouseId();
        int held = em.createNativeQuery("update stock_level set reserved = reserved + ?1, updated_at = ?2"
                        + " where warehouse_id = ?3 and product_id = ?4 and on_hand - reserved >= ?1")
                .setParameter(1, quantity)
                .setParameter(2, LevelBook.now())
                .setParameter(3, web)
                .setParameter(4, productId)
                .executeUpdate();
        StockLevel after;
        if (held == 1) {
            after = book.lockLevel(web, productId).orElseThrow();
        } else {
            var existing = book.lockLevel(web, productId);
            if (existing.isPresent()) {
                // product.stock had run ahead of the warehouse (changed by hand): trust the warehouse
                book.mirror(productId, existing.get());
                return false;
            }
            after = book.createWebLevel(web, productId, quantity, caller());
        }
        book.record(web, productId, MovementKind.RESERVE, quantity, after, null, null, caller());
        return true;
    }

    /**
     * Gives back what cancelled order lines held, product by product in id order. Up to what the
     * level still holds reserved it is a release; anything beyond (goods that had left) comes back
     * on hand as a return.
     *
     * @return the number of products whose stock changed
     */
    public int release(Map<Long, Integer> quantities, String reference) {
        LevelBook book = new LevelBook(em);
        long web = book.webWarehouseId();
        String by = caller();
        int changed = 0;
        for (var e : new TreeMap<>(quantities).entrySet()) {
            Integer quantity = e.getValue();
            if (quantity == null || quantity <= 0) {
                throw new IllegalArgumentException("released quantity must be positive: " + e);
            }
            long productId = e.getKey();
            book.lockProduct(productId);
            StockLevel level = book.lockLevel(web, productId)
                    .orElseGet(() -> book.createWebLevel(web, productId, quantity, by));
            int[] split = level.splitGiveBack(quantity);
            if (split[0] > 0) {
                level = level.after(MovementKind.RELEASE, split[0]);
                book.record(web, productId, MovementKind.RELEASE, split[0], level, null, reference, by);
            }
            if (split[1] > 0) {
                level = level.after(MovementKind.RETURN_IN, split[1]);
                book.record(web, productId, MovementKind.RETURN_IN, split[1], level, null, reference, by);
            }
            book.write(web, productId, level);
            book.mirror(productId, level);
            changed++;
        }
        return changed;
    }

    /**
     * 배송지시: the order's reservation leaves the warehouse as a shipment (on hand and reserved
     * both go down by the order's quantity, so what is available stays).
     *
     * @throws InsufficientStockException when the warehouse has less on hand than the order ships
     *         (possible only after stock was changed by hand); the move to 배송지시 fails with it
     */
    public void shipped(@Observes OrderDeliveryInstructed event) {
        LevelBook book = new LevelBook(em);
        long web = book.webWarehouseId();
        Map<Long, Integer> byProduct = new TreeMap<>();
        for (var item : event.items()) {
            byProduct.merge(item.productId(), item.quantity(), Integer::sum);
        }
        for (var e : byProduct.entrySet()) {
            long productId = e.getKey();
            int quantity = e.getValue();
            book.lockProduct(productId);
            StockLevel level = book.lockLevel(web, productId)
                    .orElseGet(() -> book.createWebLevel(web, productId, quantity, event.by()));
            StockLevel after;
            try {
                after = shipment(level, quantity);
            } catch (InsufficientStockException short_) {
                throw InvalidInputException.of("slipNo", "error.stock.shipShort");
            }
            book.write(web, productId, after);
            book.record(web, productId, MovementKind.SHIP_OUT, quantity, after, null, event.slipNo(), event.by());
            book.mirror(productId, after);
        }
    }

    /**
     * The level after an order's goods leave: its reservation first; if the level holds less
     * reserved than the order (stock changed by hand meanwhile), the rest leaves from what was free.
     */
    static StockLevel shipment(StockLevel level, int quantity) {
        if (level.reserved() >= quantity) {
            return level.after(MovementKind.SHIP_OUT, quantity);
        }
        if (level.onHand() < quantity) {
            throw new InsufficientStockException(MovementKind.SHIP_OUT, quantity, level);
        }
        return new StockLevel(level.onHand() - quantity, 0, level.safetyStock());
    }

    private String caller() {
        try {
            String name = session.getCallerPrincipal().getName();
            return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? "SYSTEM" : name;
        } catch (IllegalStateException e) {
            return "SYSTEM";
        }
    }
}
