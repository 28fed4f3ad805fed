package com.market25.it;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Looks up the run-as beans: {@code Acting.asAdministrator().call(() -> desk.method(...))}. */
public final class Acting {

    /** A piece of test code that returns nothing. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private Acting() {
    }

    public static ActAsAdministrator asAdministrator() {
        return lookup(ActAsAdministrator.class);
    }

    public static ActAsCustomer asCustomer() {
        return lookup(ActAsCustomer.class);
    }

    public static ActAsReadOnly asReadOnly() {
        return lookup(ActAsReadOnly.class);
    }

    /** Fails unless the work is refused for the caller's roles (EJBAccessException, however wrapped). */
    public static void assertDenied(Work work, String what) {
        try {
            work.run();
        } catch (Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof jakarta.ejb.EJBAccessException) {
                    return;
                }
            }
            throw new AssertionError(what + ": expected an access refusal, got " + thrown, thrown);
        }
        throw new AssertionError(what + ": expected an access refusal, but it was allowed");
    }

    private static <T> T lookup(Class<T> type) {
        try {
            return InitialContext.doLookup("java:module/" + type.getSimpleName());
        } catch (NamingException e) {
            throw new IllegalStateException("no " + type.getSimpleName() + " in the test deployment", e);
        }
    }
}
