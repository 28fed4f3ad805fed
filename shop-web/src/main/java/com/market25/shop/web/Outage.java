package com.market25.shop.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure of a component the shop depends on (the database or the broker down, a
 * connection lost, a pool with nothing to hand out, a lock that could not be had in time)
 * from any other failure, by the exceptions in its cause chain. The first kind is worth a
 * "try again in a moment" page (503); the second is a defect (500).
 */
final class Outage {

    /** Exceptions thrown when a resource cannot be reached; named, so no provider library is needed here. */
    private static final Set<String> OUTAGE_CLASSES = Set.of(
            "java.net.ConnectException",
            "java.net.SocketTimeoutException",
            "jakarta.jms.JMSException",
            "jakarta.jms.JMSRuntimeException",
            "jakarta.resource.ResourceException",
            "jakarta.transaction.SystemException",
            "jakarta.transaction.HeuristicMixedException",
            "jakarta.transaction.HeuristicRollbackException",
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockTimeoutException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException");

    private Outage() {
    }

    /** True when something in the cause chain says a component was unreachable or busy. */
    static boolean isOutage(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (isOutageClass(t.getClass())) {
                return true;
            }
            if (t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLTransientException) {
                return true;
            }
            // SQLState class 08 is "connection exception", 40 is "transaction rollback" (deadlock, lock wait)
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && isOutage(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutageClass(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (OUTAGE_CLASSES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
