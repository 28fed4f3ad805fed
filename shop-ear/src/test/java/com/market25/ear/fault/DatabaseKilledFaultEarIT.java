package com.market25.ear.fault;

import com.market25.ear.fault.FaultStack.Component;

/**
 * {@code kill -9} of MariaDB during card checkouts: every page says 잠시 후 다시 시도해 주세요 (503)
 * instead of a 500, /health says {@code "database":"DOWN"}, and after the stack script restarts
 * MariaDB (InnoDB recovers; Payara is not restarted) the connection pool heals by itself and the
 * books reconcile.
 */
class DatabaseKilledFaultEarIT extends OutageDuringCheckouts {

    @Override
    Component killed() {
        return Component.MARIADB;
    }

    @Override
    String healthWhileDownBody() {
        return FaultStack.DATABASE_DOWN;
    }

    @Override
    int homePageStatusWhileDown() {
        return 503;
    }
}
