package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * MKT-02's query box for power users runs on a database user that can only read: INSERT, UPDATE,
 * DELETE, DROP, several statements at once, CALL of a procedure and SELECT … INTO OUTFILE all fail
 * and change nothing; sign-in secrets are not readable; a statement stops at the time limit and a
 * result at the row limit. Each attack goes through the API, as typed, and once more straight to
 * MariaDB as that user, so the proof does not rest on the application's own checks.
 */
class QueryBoxMkt02EarIT {

    private static final String OUTFILE = "/tmp/market25-querybox-" + ProcessHandle.current().pid() + ".csv";

    @Test
    void everyWritingStatementFailsAndChangesNothing() throws Exception {
        MarketingApi api = new MarketingApi();
        try (Connection c = MarketingApi.database(); Statement s = c.createStatement()) {
            // a procedure that would wipe the purchase history, made by the application's own user
            s.execute("CREATE OR REPLACE PROCEDURE querybox_it_wipe() DELETE FROM purchase_history WHERE source = 'QUERYBOX-IT'");
        }
        Map<String, String> before = fingerprint();
        List<String> attacks = List.of(
                "INSERT INTO segment (name, owner, rule_json, origin, created_at) VALUES ('x', 'x', '{}', 'API', NOW())",
                "UPDATE member SET name = '해킹' WHERE id > 0",
                "DELETE FROM purchase_history",
                "DROP TABLE purchase_history",
                "SELECT 1; DELETE FROM purchase_history",
                "CALL querybox_it_wipe()",
                "SELECT member_no FROM member INTO OUTFILE '" + OUTFILE + "'",
                "SELECT password_hash FROM member",
                "SELECT login_id, password_hash FROM staff",
                "CREATE TABLE querybox_it (id INT)",
                "GRANT SELECT ON *.* TO 'market25_query'@'127.0.0.1'",
                "LOCK TABLES purchase_history WRITE");
        try {
            for (String attack : attacks) {
                HttpResponse<String> answer = api.post("segments/query", "text/plain; charset=UTF-8", attack);
                assertEquals(422, answer.statusCode(), attack + " -> " + answer.body());
                assertTrue(answer.body().contains("데이터베이스가 거부했습니다"), answer.body());
                assertThrows(SQLException.class, () -> asQueryUser(attack), "straight to MariaDB: " + attack);
            }
            assertEquals(before, fingerprint(), "nothing changed");
            assertFalse(Files.exists(Path.of(OUTFILE)), "no file written");
        } finally {
            try (Connection c = MarketingApi.database(); Statement s = c.createStatement()) {
                s.execute("DROP PROCEDURE IF EXISTS querybox_it_wipe");
            }
        }
    }

    @Test
    void readsWithinTheRowAndTimeLimits() throws Exception {
        MarketingApi api = new MarketingApi();
        HttpResponse<String> read = api.post("segments/query", "text/plain; charset=UTF-8",
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) SELECT a.i, b.i FROM n a, n b");
        assertEquals(200, read.statusCode(), read.body());
        JsonObject result = MarketingApi.object(read.body());
        assertEquals(1000, result.getJsonArray("rows").size(), "10,000 rows cut at the limit");
        assertTrue(result.getBoolean("truncated"));

        HttpResponse<String> members = api.post("segments/query", "text/plain; charset=UTF-8",
                "SELECT member_no, name FROM member ORDER BY id LIMIT 3");
        assertEquals(200, members.statusCode(), members.body());
        assertEquals(List.of("member_no", "name"), MarketingApi.object(members.body()).getJsonArray("columns")
                .getValuesAs(jakarta.json.JsonString::getString));

        long started = System.nanoTime();
        HttpResponse<String> slow = api.post("segments/query", "text/plain; charset=UTF-8", "SELECT SLEEP(30)");
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(seconds < 20, "stopped by the 10 s limit, took " + seconds + " s");
        // MariaDB ends SLEEP at max_statement_time either with an error or with the value 1 (interrupted)
        assertTrue(slow.statusCode() == 422 || slow.body().contains("[\"1\"]"), slow.statusCode() + " " + slow.body());
    }

    /**
     * Checksums of the tables an attack would aim at; of staff only the accounts and password
     * hashes (every API call signs in and so moves the staff member's last sign-in time).
     */
    private static Map<String, String> fingerprint() throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection c = MarketingApi.database(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("CHECKSUM TABLE member, purchase_history, segment, segment_member")) {
                while (rs.next()) {
                    sums.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MD5(GROUP_CONCAT(login_id, password_hash ORDER BY id))"
                    + " FROM staff")) {
                rs.next();
                sums.put("staff", rs.getString(1) + " " + rs.getString(2));
            }
        }
        return sums;
    }

    private static void asQueryUser(String sql) throws SQLException {
        String url = System.getProperty("market25.db.url");
        try (Connection c = DriverManager.getConnection(url, System.getProperty("market25.query.user", "market25_query"),
                System.getProperty("market25.query.password", "market25-query")); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
