package com.market25.segment;

import com.market25.common.InvalidInputException;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The power users' SQL box (MKT-02). Its safety does not rest on reading the SQL: every statement
 * goes, as typed, to a database user that holds SELECT on the marketing tables and nothing else
 * ({@code .ci/market25}, {@code grant_query_user}; docs/rfm.md), over a connection of its own that
 * is closed afterwards. So INSERT, UPDATE, DELETE, DROP, CALL and {@code SELECT … INTO OUTFILE}
 * are refused by MariaDB; several statements at once are refused by the driver (no
 * {@code allowMultiQueries}); the statement is cut after {@value #TIMEOUT_SECONDS} s
 * (max_statement_time, also the user's own limit) and at {@value #ROW_LIMIT} rows.
 *
 * <p>The connection comes from {@code MARKET25_QUERY_DB_URL} (else {@code MARKET25_DB_URL}),
 * {@code MARKET25_QUERY_DB_USER} and {@code MARKET25_QUERY_DB_PASSWORD}; without them the box
 * answers that it is not set up.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueryBox {

    public static final int ROW_LIMIT = 1000;
    public static final int TIMEOUT_SECONDS = 10;
    public static final int MAX_LENGTH = 10_000;

    private static final Logger LOG = Logger.getLogger(QueryBox.class.getName());

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public QueryResult run(String sql) {
        if (sql == null || sql.isBlank() || sql.length() > MAX_LENGTH) {
            throw InvalidInputException.of("sql", "error.query.empty");
        }
        String url = env("MARKET25_QUERY_DB_URL", env("MARKET25_DB_URL", null));
        String user = env("MARKET25_QUERY_DB_USER", null);
        if (url == null || user == null) {
            throw InvalidInputException.of("sql", "error.query.notConfigured");
        }
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", env("MARKET25_QUERY_DB_PASSWORD", ""));
        // one statement per call, whatever the URL of the main pool says
        props.setProperty("allowMultiQueries", "false");
        props.setProperty("allowLocalInfile", "false");
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION max_statement_time = " + TIMEOUT_SECONDS);
            }
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout(TIMEOUT_SECONDS);
                s.setMaxRows(ROW_LIMIT + 1);
                if (!s.execute(sql)) {
                    // a statement that is no query and that the read-only user was allowed to run (SET …)
                    return new QueryResult(List.of(), List.of(), false, millisSince(started));
                }
                try (ResultSet rs = s.getResultSet()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnLabel(i));
                    }
                    List<List<String>> rows = new ArrayList<>();
                    boolean truncated = false;
                    while (rs.next()) {
                        if (rows.size() == ROW_LIMIT) {
                            truncated = true;
                            break;
                        }
                        List<String> row = new ArrayList<>(columns.size());
                        for (int i = 1; i <= columns.size(); i++) {
                            row.add(rs.getString(i));
                        }
                        rows.add(row);
                    }
                    return new QueryResult(columns, rows, truncated, millisSince(started));
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "query box refused", e);
            throw new QueryRefusedException(e.getMessage());
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
