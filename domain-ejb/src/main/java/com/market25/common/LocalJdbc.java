package com.market25.common;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs set-based work (one INSERT … SELECT over up to millions of rows) in its own local
 * transaction at READ COMMITTED. At the default REPEATABLE READ, InnoDB would take shared locks on
 * every row such a statement reads, and storefront payments writing purchase_history would wait
 * for the whole statement (or deadlock); at READ COMMITTED the reads take no locks. Callers run
 * outside any container transaction ({@code NOT_SUPPORTED}).
 */
public final class LocalJdbc {

    /** Work on a connection; its exceptions roll the work back. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private LocalJdbc() {
    }

    public static <T> T readCommitted(DataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                // the pooled connection goes back as it came
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
