package com.market25.admin.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Twelve imported customers C01..C12 with a hand-made purchase history (docs/rfm.md, "a worked
 * example"), tagged with their own import source so a segment picks exactly them. Customer
 * numbers ascend with C01..C12. Ties sit on the cell edges on purpose: C01 and C02 bought the same
 * on the same day; C06 and C08 last bought on the same day.
 */
final class RfmFixture {

    final String tag = "RFMIT-" + Long.toString(System.nanoTime(), 36);
    /** customer id (C01 …) → member.id */
    final Map<String, Long> ids = new LinkedHashMap<>();

    private static final Object[][] PURCHASES = {
        {"C01", "2022-06-30", 100, false},
        {"C02", "2022-06-30", 100, false},
        {"C03", "2022-06-01", 500, false}, {"C03", "2022-06-15", 500, false},
        {"C04", "2022-05-01", 300, false}, {"C04", "2022-06-15", 300, false},
        {"C05", "2022-01-01", 50, false},
        {"C06", "2021-12-31", 1000, false}, {"C06", "2022-03-01", 1000, false}, {"C06", "2022-04-01", 1000, false},
        {"C07", "2022-07-01", 200, false}, {"C07", "2022-07-02", 999, false},
        {"C08", "2022-04-01", 400, false}, {"C08", "2022-06-30", 9999, true},
        {"C09", "2022-06-20", 250, false}, {"C09", "2022-06-25", 250, false},
        {"C10", "2020-07-01", 700, false},
        {"C11", "2022-08-01", 80, false},
        {"C12", "2022-06-01", 5000, true},
    };

    RfmFixture insert() throws Exception {
        // 12-digit member numbers of one length, so their order is C01 < C02 < … whatever other members exist
        String base = "8" + String.format("%09d", Math.floorMod(System.currentTimeMillis(), 1_000_000_000L));
        try (Connection c = MarketingApi.database()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO member (member_no, name, phone, email, postal_code,"
                    + " address, member_type, origin, external_source, external_id, joined_at, updated_at)"
                    + " VALUES (?, ?, '010-0000-0000', ?, '04524', '서울특별시 중구 세종대로 110', 'INTERNET', 'IMPORT', ?, ?,"
                    + " NOW(), NOW())", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 1; i <= 12; i++) {
                    String id = String.format("C%02d", i);
                    ps.setString(1, base + String.format("%02d", i));
                    ps.setString(2, "RFM 고객 " + id);
                    ps.setString(3, tag.toLowerCase() + "-" + id + "@market25.example");
                    ps.setString(4, tag);
                    ps.setString(5, id);
                    ps.executeUpdate();
                    try (var keys = ps.getGeneratedKeys()) {
                        keys.next();
                        ids.put(id, keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO purchase_history (customer_id, purchased_on, amount,"
                    + " quantity, source, source_ref, cancelled) VALUES (?, ?, ?, 1, 'RFMIT', ?, ?)")) {
                int n = 0;
                for (Object[] p : PURCHASES) {
                    ps.setLong(1, ids.get((String) p[0]));
                    ps.setObject(2, LocalDate.parse((String) p[1]));
                    ps.setInt(3, (Integer) p[2]);
                    ps.setString(4, tag + "-" + n++);
                    ps.setBoolean(5, (Boolean) p[3]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return this;
    }

    /** A segment of exactly these twelve customers, through the API; its id. */
    long segment(MarketingApi api) throws Exception {
        var created = api.postJson("segments", "{\"name\":\"RFM IT " + tag + "\",\"rule\":{\"op\":\"AND\",\"rules\":"
                + "[{\"field\":\"IMPORT_SOURCE\",\"values\":[\"" + tag + "\"]}]}}");
        if (created.statusCode() != 201) {
            throw new AssertionError("segment not created: " + created.statusCode() + " " + created.body());
        }
        return MarketingApi.object(created.body()).getJsonNumber("id").longValue();
    }
}
