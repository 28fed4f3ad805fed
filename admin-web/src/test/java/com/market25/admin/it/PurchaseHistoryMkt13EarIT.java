package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.ordering.OrderPaid;
import com.market25.rfm.PurchaseBook;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MKT-13, CRM from the first order: a storefront order paid by card is in the customer's purchase
 * history (SHOP, its slip number) with its items, and the customer's current R/F/M moved at once.
 * The same completion recorded again (a redelivered approval, a retried transaction) adds nothing;
 * a cancellation stops the purchase counting.
 */
class PurchaseHistoryMkt13EarIT {

    @Test
    void aPaidOrderIsHistoryOnceAndMovesTheCustomersRfmAtOnce() throws Exception {
        new MarketingApi(); // skipped (or failing in CI) without a deployed EAR and its database
        Storefront.PaidOrder paid = Storefront.newPaidOrder(AdminBrowser.storefrontUrl());
        String slip = paid.slipNo();
        try (Connection c = MarketingApi.database()) {
            OrderPaid event = orderAsPaid(c, slip);
            // the approval is completed by the queue listener; the order page showed 입금완료 already
            assertEquals(List.of("1 " + event.amount().toPlainString() + " " + event.quantity() + " " + event.paidOn()
                    + " false"), history(c, slip));
            assertEquals(event.items().size(), count(c, "select count(*) from purchase_item i join purchase_history p"
                    + " on p.id = i.purchase_id where p.source = 'SHOP' and p.source_ref = ?", slip));
            String current = current(c, event.memberId());
            assertEquals(expectedCurrent(c, event.memberId()), current);
            // the server counts Korean days; at 01:00 KST a UTC clock still shows yesterday
            assertTrue(current.startsWith(LocalDate.now(java.time.ZoneId.of("Asia/Seoul")) + " "), "last purchase today: " + current);

            // the same order completed twice more: one row, the same current figures
            assertFalse(PurchaseBook.record(c, event));
            assertFalse(PurchaseBook.record(c, event));
            assertEquals(1, history(c, slip).size());
            assertEquals(current, current(c, event.memberId()));

            // cancelled after payment: the row stays, marked, and stops counting
            try {
                assertTrue(PurchaseBook.cancel(c, slip, event.memberId()));
                assertFalse(PurchaseBook.cancel(c, slip, event.memberId()), "a second cancel changes nothing");
                assertTrue(history(c, slip).get(0).endsWith(" true"));
                assertEquals(expectedCurrent(c, event.memberId()), current(c, event.memberId()));
                assertFalse(current.equals(current(c, event.memberId())), "frequency and monetary went down");
            } finally {
                // the order itself is still paid: put its history back as it was
                try (PreparedStatement ps = c.prepareStatement("update purchase_history set cancelled = false"
                        + " where source = 'SHOP' and source_ref = ?")) {
                    ps.setString(1, slip);
                    ps.executeUpdate();
                }
                com.market25.rfm.RfmSql.refreshCustomer(c, event.memberId());
            }
        }
    }

    /** The event payment completion fires, as the order stands in the database. */
    private static OrderPaid orderAsPaid(Connection c, String slip) throws Exception {
        long orderId;
        long memberId;
        BigDecimal total;
        LocalDate paidOn;
        try (PreparedStatement ps = c.prepareStatement("select id, member_id, total_amount, paid_at from customer_order"
                + " where slip_no = ?")) {
            ps.setString(1, slip);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                orderId = rs.getLong(1);
                memberId = rs.getLong(2);
                total = rs.getBigDecimal(3);
                paidOn = rs.getObject(4, LocalDateTime.class).toLocalDate();
            }
        }
        List<OrderPaid.Item> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select line_no, product_code, quantity, line_amount from order_line"
                + " where order_id = ? order by line_no")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new OrderPaid.Item(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)));
                }
            }
        }
        return new OrderPaid(orderId, slip, memberId, paidOn, total, items);
    }

    private static List<String> history(Connection c, String slip) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select count(*) over (), amount, quantity, purchased_on, cancelled"
                + " from purchase_history where source = 'SHOP' and source_ref = ?")) {
            ps.setString(1, slip);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + " " + rs.getBigDecimal(2).toPlainString() + " " + rs.getInt(3) + " "
                            + rs.getDate(4) + " " + rs.getBoolean(5));
                }
            }
        }
        return rows;
    }

    /** last purchase, frequency, monetary as kept in rfm_customer_current. */
    private static String current(Connection c, long memberId) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("select last_purchase, frequency, monetary from rfm_customer_current"
                + " where customer_id = ?")) {
            ps.setLong(1, memberId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getDate(1) + " " + rs.getInt(2) + " " + rs.getBigDecimal(3).toPlainString() : "none";
            }
        }
    }

    /** The same figures worked out from the whole purchase history. */
    private static String expectedCurrent(Connection c, long memberId) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("select max(purchased_on), count(*), sum(amount) from purchase_history"
                + " where customer_id = ? and cancelled = false")) {
            ps.setLong(1, memberId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(2) == 0 ? "none"
                        : rs.getDate(1) + " " + rs.getInt(2) + " " + rs.getBigDecimal(3).toPlainString();
            }
        }
    }

    private static int count(Connection c, String sql, String slip) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, slip);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
