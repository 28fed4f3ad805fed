package com.market25.rfm;

import com.market25.ordering.OrderPaid;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes a storefront order into the customer's purchase history (MKT-13) and updates their
 * current R/F/M at once. Idempotent by {@code (source, source_ref)}: the same order recorded again
 * (a redelivered message, a retried completion) finds its row and changes nothing.
 */
public final class PurchaseBook {

    /** {@code purchase_history.source} of storefront and phone orders; the slip number is the ref. */
    public static final String SHOP = "SHOP";

    private PurchaseBook() {
    }

    /** @return true when the order was new to the history, false when it was there already */
    public static boolean record(Connection c, OrderPaid paid) throws SQLException {
        long purchaseId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO purchase_history"
                        + " (customer_id, purchased_on, amount, quantity, source, source_ref, cancelled)"
                        + " SELECT ?, ?, ?, ?, ?, ?, FALSE FROM DUAL WHERE NOT EXISTS"
                        + " (SELECT 1 FROM purchase_history WHERE source = ? AND source_ref = ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, paid.memberId());
            ps.setDate(2, Date.valueOf(paid.paidOn()));
            ps.setBigDecimal(3, paid.amount());
            ps.setInt(4, paid.quantity());
            ps.setString(5, SHOP);
            ps.setString(6, paid.slipNo());
            ps.setString(7, SHOP);
            ps.setString(8, paid.slipNo());
            // the unique key uk_purchase_source stays the last guard if two ever raced
            if (ps.executeUpdate() == 0) {
                return false;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                purchaseId = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO purchase_item"
                + " (purchase_id, line_no, product_code, quantity, amount) VALUES (?, ?, ?, ?, ?)")) {
            for (OrderPaid.Item item : paid.items()) {
                ps.setLong(1, purchaseId);
                ps.setInt(2, item.lineNo());
                ps.setString(3, item.productCode());
                ps.setInt(4, item.quantity());
                ps.setBigDecimal(5, item.amount());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        RfmSql.refreshCustomer(c, paid.memberId());
        return true;
    }

    /**
     * A paid order was cancelled: its purchase stops counting and the customer's current R/F/M
     * follows at once.
     *
     * @return true when a counting purchase was marked cancelled
     */
    public static boolean cancel(Connection c, String slipNo, long customerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE purchase_history SET cancelled = TRUE"
                + " WHERE source = ? AND source_ref = ? AND cancelled = FALSE")) {
            ps.setString(1, SHOP);
            ps.setString(2, slipNo);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        RfmSql.refreshCustomer(c, customerId);
        return true;
    }

    /**
     * A partial refund: the purchase counts what the customer kept. Not below zero, and not for a
     * purchase already cancelled as a whole; the customer's current R/F/M follow.
     */
    public static boolean keep(Connection c, String slipNo, long customerId, java.math.BigDecimal kept)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE purchase_history SET amount = ?"
                + " WHERE source = ? AND source_ref = ? AND cancelled = FALSE AND amount <> ?")) {
            ps.setBigDecimal(1, kept);
            ps.setString(2, SHOP);
            ps.setString(3, slipNo);
            ps.setBigDecimal(4, kept);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        RfmSql.refreshCustomer(c, customerId);
        return true;
    }
}
