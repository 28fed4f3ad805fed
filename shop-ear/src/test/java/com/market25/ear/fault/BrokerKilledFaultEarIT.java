package com.market25.ear.fault;

import com.market25.ear.fault.FaultStack.Component;

/**
 * {@code kill -9} of the broker (the DevServices JVM) during card checkouts: checkouts that need
 * the approvals queue say 잠시 후 다시 시도해 주세요 (503), browsing goes on, /health says
 * {@code "broker":"DOWN"}, and after {@code .ci/market25 start} (here {@code test-restart}) brings
 * the broker back, payments complete again by themselves and the books reconcile.
 */
class BrokerKilledFaultEarIT extends OutageDuringCheckouts {

    @Override
    Component killed() {
        return Component.BROKER;
    }

    @Override
    String healthWhileDownBody() {
        return FaultStack.BROKER_DOWN;
    }

    @Override
    int homePageStatusWhileDown() {
        return 200;
    }
}
