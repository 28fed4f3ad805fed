package com.market25.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * What the tests of campaign mail and settlement set up around the application, from inside
 * the container: the settings a real installation gives campaign mail, and rows moved back in
 * time (an order paid on a day that has ended), written through plain JDBC.
 */
final class Installation {

    static final String SECRET = "market25-it-unsubscribe-secret-0123456789";
    static final String PUBLIC_URL = "http://shop.market25.test/";
    static final String SENDER_NAME = "Market25 테스트몰";
    static final String SENDER_CONTACT = "고객센터 02-3728-1900, 서울특별시 강남구 테헤란로 152";

    private Installation() {
    }

    /** Campaign mail configured as in a real installation (explicit settings win over demo mode). */
    static void configureCampaignMail() {
        System.setProperty("market25.unsubscribe.secret", SECRET);
        System.setProperty("market25.public.url", PUBLIC_URL);
        System.setProperty("market25.sender.name", SENDER_NAME);
        System.setProperty("market25.sender.contact", SENDER_CONTACT);
    }

    /** Moves the approved payment of the slip, and its order's paid time, to noon of {@code day}. */
    static void paidOn(String slipNo, LocalDate day) {
        Timestamp noon = Timestamp.valueOf(day.atTime(12, 0));
        update("update payment p join customer_order o on o.id = p.order_id set p.completed_at = ?,"
                + " p.authorized_at = ?, p.requested_at = ? where o.slip_no = ? and p.status = 'APPROVED'",
                noon, noon, noon, slipNo);
        update("update customer_order set paid_at = ?, ordered_at = ? where slip_no = ?", noon, noon, slipNo);
    }

    /** Moves the bonus credited for the slip to {@code day}. */
    static void bonusEarnedOn(String slipNo, LocalDate day) {
        update("update bonus_entry b join customer_order o on o.id = b.order_id set b.earned_on = ?"
                + " where o.slip_no = ?", java.sql.Date.valueOf(day), slipNo);
    }

    static int update(String sql, Object... params) {
        try {
            DataSource dataSource = InitialContext.doLookup("jdbc/market25");
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                return s.executeUpdate();
            }
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
