package com.market25.ear.fault;

import com.market25.ear.fault.FaultStack.Component;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the broker (the DevServices JVM) during card checkouts: checkouts that need
 * the approvals queue say 잠시 후 다시 시도해 주세요 (503), browsing goes on, /health says
 * {@code "broker":"DOWN"}, and after {@code .ci/market25 start} (here {@code test-restart}) brings
 * the broker back, payments complete again by themselves and the books reconcile. A campaign's
 * e-mail and SMS projects are mid-dispatch at the kill too ({@link ProjectInFlight}): their batches
 * wait in the broker's journal and finish after the restart, nobody twice.
 */
class BrokerKilledFaultEarIT extends OutageDuringCheckouts {

    ProjectInFlight projects;

    @Override
    void beforeTheBurst() {
        try {
            // dispatched before the checkout burst, killed a few seconds later: with 400 treated
            // customers a run found 330 mails out already, so four times as many
            projects = ProjectInFlight.prepare(stack, books, UUID.randomUUID().toString().substring(0, 6), 2_000);
            projects.dispatch();
        } catch (Exception e) {
            throw new IllegalStateException("the projects in flight could not be started", e);
        }
    }

    @Override
    void rightBeforeTheKill() {
        projects.awaitSomeSent(Duration.ofSeconds(90));
        projects.killed();
    }

    @Override
    void afterTheRestart() {
        projects.awaitEnd();
    }

    @Test
    @DisplayName("MKT-05, MKT-06: channel projects across a broker kill: one SMS each, at most one mail each, none to control")
    void mkt05_mkt06_projectsAcrossABrokerKillSendNobodyTwice() {
        // the broker's JVM also runs the test mail server: what it had received died with it, so
        // the mails are checked in the shop's own records
        projects.assertInTheRecordsNobodyTwiceAndNoneLeftQueued();
    }

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
