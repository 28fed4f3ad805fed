package com.market25.inventory;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The locked writes on stock levels (INV-01), in the caller's transaction. One lock order for
 * everyone: products in id order, and for each product its {@code product} row (web-shop
 * warehouse only) before its {@code stock_level} row, so reservations, releases, shipments,
 * transfers and adjustments never deadlock one another. Every change writes one ledger row
 * ({@code stock_movement}) and, for the web-shop warehouse, keeps {@code product.stock} equal to
 * the available quantity, which the storefront reads.
 */
final class LevelBook {

    /** Order statuses whose lines still hold a reservation in the web-shop warehouse. */
    static final List<String> HOLDING_STATUSES = List.of("RECEIVED", "PAID");

    private final EntityManager em;

    LevelBook(EntityManager em) {
        this.em = em;
    }

    // the web-shop warehouse is made by the schema migration and never changes: one read per deployment
    private static volatile long webWarehouse;

    long webWarehouseId() {
        long id = webWarehouse;
        if (id == 0) {
            id = ((Number) em.createNativeQuery("select id from warehouse where kind = 'WEB' order by id limit 1")
                    .getSingleResult()).longValue();
            webWarehouse = id;
        }
        return id;
    }

    /**
     * Applies one movement under the locks, creating the level when the product has none in the
     * warehouse yet.
     *
     * @throws InsufficientStockException when it would go below zero (nothing changed)
     */
    StockLevel apply(long warehouseId, boolean web, long productId, MovementKind kind, int quantity, String reason,
            String reference, String by) {
        if (web) {
            lockProduct(productId);
        }
        StockLevel level = lockLevel(warehouseId, productId)
                .orElseGet(() -> web ? createWebLevel(warehouseId, productId, 0, by) : createLevel(warehouseId, productId));
        StockLevel after = level.after(kind, quantity);
        write(warehouseId, productId, after);
        record(warehouseId, productId, kind, quantity, after, reason, reference, by);
        if (web) {
            mirror(productId, after);
        }
        return after;
    }

    /** Sets the safety stock (적정재고), making the level if there is none. */
    void setSafetyStock(long warehouseId, boolean web, long productId, int safetyStock, String by) {
        if (web) {
            lockProduct(productId);
        }
        StockLevel level = lockLevel(warehouseId, productId)
                .orElseGet(() -> web ? createWebLevel(warehouseId, productId, 0, by) : createLevel(warehouseId, productId));
        write(warehouseId, productId, new StockLevel(level.onHand(), level.reserved(), safetyStock));
    }

    Optional<StockLevel> lockLevel(long warehouseId, long productId) {
        List<Object[]> rows = em.createNativeQuery("select on_hand, reserved, safety_stock from stock_level"
                        + " where warehouse_id = ?1 and product_id = ?2 for update")
                .setParameter(1, warehouseId)
                .setParameter(2, productId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new StockLevel(((Number) r[0]).intValue(),
                ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
    }

    int lockProduct(long productId) {
        List<?> rows = em.createNativeQuery("select stock from product where id = ?1 for update")
                .setParameter(1, productId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no product " + productId);
        }
        return ((Number) rows.get(0)).intValue();
    }

    /**
     * The web-shop level of a product that has none yet (added to the catalog after the
     * warehouses came, e.g. by an import), made from what the storefront has known so far: the
     * product's stock is available, its open orders hold the rest. The caller holds the product's
     * row lock, so no one makes it twice.
     *
     * @param pending units of the caller's own order that {@code product.stock} no longer counts
     *        and no open order line shows yet (or any more)
     */
    StockLevel createWebLevel(long warehouseId, long productId, int pending, String by) {
        int available = ((Number) em.createNativeQuery("select stock from product where id = ?1")
                .setParameter(1, productId).getSingleResult()).intValue();
        int held = ((Number) em.createNativeQuery("select coalesce(sum(l.quantity), 0) from order_line l"
                        + " join customer_order o on o.id = l.order_id where l.product_id = ?1 and o.status in (?2)")
                .setParameter(1, productId)
                .setParameter(2, HOLDING_STATUSES)
                .getSingleResult()).intValue();
        StockLevel level = new StockLevel(Math.max(0, available) + held + pending, held + pending, 0);
        insert(warehouseId, productId, level);
        if (level.onHand() > 0) {
            record(warehouseId, productId, MovementKind.OPENING, level.onHand(), level, "product.stock", null, by);
        }
        return level;
    }

    private StockLevel createLevel(long warehouseId, long productId) {
        StockLevel level = new StockLevel(0, 0, 0);
        insert(warehouseId, productId, level);
        return level;
    }

    private void insert(long warehouseId, long productId, StockLevel level) {
        em.createNativeQuery("insert into stock_level (warehouse_id, product_id, on_hand, reserved, safety_stock,"
                        + " updated_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, warehouseId)
                .setParameter(2, productId)
                .setParameter(3, level.onHand())
                .setParameter(4, level.reserved())
                .setParameter(5, level.safetyStock())
                .setParameter(6, now())
                .executeUpdate();
    }

    void write(long warehouseId, long productId, StockLevel level) {
        em.createNativeQuery("update stock_level set on_hand = ?1, reserved = ?2, safety_stock = ?3, updated_at = ?4"
                        + " where warehouse_id = ?5 and product_id = ?6")
                .setParameter(1, level.onHand())
                .setParameter(2, level.reserved())
                .setParameter(3, level.safetyStock())
                .setParameter(4, now())
                .setParameter(5, warehouseId)
                .setParameter(6, productId)
                .executeUpdate();
    }

    void mirror(long productId, StockLevel level) {
        em.createNativeQuery("update product set stock = ?1 where id = ?2")
                .setParameter(1, level.available())
                .setParameter(2, productId)
                .executeUpdate();
    }

    void record(long warehouseId, long productId, MovementKind kind, int quantity, StockLevel after, String reason,
            String reference, String by) {
        em.createNativeQuery("insert into stock_movement (warehouse_id, product_id, kind, quantity, on_hand_after,"
                        + " reserved_after, reason, reference, moved_by, moved_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, warehouseId)
                .setParameter(2, productId)
                .setParameter(3, kind.name())
                .setParameter(4, quantity)
                .setParameter(5, after.onHand())
                .setParameter(6, after.reserved())
                .setParameter(7, reason)
                .setParameter(8, reference)
                .setParameter(9, by == null ? "SYSTEM" : by)
                .setParameter(10, now())
                .executeUpdate();
    }

    static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }
}
