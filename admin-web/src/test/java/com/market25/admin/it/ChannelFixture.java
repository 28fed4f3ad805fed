package com.market25.admin.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Customers for the channel tests (MKT-05, MKT-06, MEM-04), written straight into the EAR's
 * database with the consents, phones and addresses each test needs, and read back afterwards.
 * Member numbers are unique per run, so the tests can run again on the same database.
 */
final class ChannelFixture {

    final String tag = "CH" + Long.toString(System.nanoTime(), 36).toUpperCase();
    private final String base = "7" + String.format("%011d", Math.floorMod(System.nanoTime() / 1000, 100_000_000_000L));
    private int next;

    /** One customer as it is stored: the member row's id and number. */
    record Customer(long id, String memberNo, String name) {
    }

    /** A customer with these contacts and consents (sms, dm, phone). */
    Customer customer(String name, String phone, String postalCode, String address, boolean sms, boolean dm,
            boolean phoneConsent) throws Exception {
        String memberNo = base + String.format("%03d", next++);
        try (Connection c = MarketingApi.database();
                PreparedStatement ps = c.prepareStatement("INSERT INTO member (member_no, name, phone, email, postal_code,"
                        + " address, member_type, origin, external_source, external_id, joined_at, updated_at,"
                        + " consent_sms, consent_dm, consent_phone) VALUES (?, ?, ?, ?, ?, ?, 'INTERNET', 'IMPORT', ?, ?,"
                        + " NOW(), NOW(), ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, memberNo);
            ps.setString(2, name);
            ps.setString(3, phone);
            ps.setString(4, memberNo + "@market25.example");
            ps.setString(5, postalCode);
            ps.setString(6, address);
            ps.setString(7, tag);
            ps.setString(8, UUID.randomUUID().toString().substring(0, 8));
            ps.setBoolean(9, sms);
            ps.setBoolean(10, dm);
            ps.setBoolean(11, phoneConsent);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Customer(keys.getLong(1), memberNo, name);
            }
        }
    }

    static void update(String sql, Object... params) throws Exception {
        try (Connection c = MarketingApi.database(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    /** Rows of a query, each as column label → value. */
    static List<Map<String, Object>> rows(String sql, Object... params) throws Exception {
        try (Connection c = MarketingApi.database(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                        row.put(rs.getMetaData().getColumnLabel(k), rs.getObject(k));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static long count(String sql, Object... params) throws Exception {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    /** Polls until the condition holds, at most {@code seconds}; fails naming what it waited for. */
    static void await(String what, int seconds, Check check) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!check.ok()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited " + seconds + " s for " + what);
            }
            Thread.sleep(200);
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }
}
