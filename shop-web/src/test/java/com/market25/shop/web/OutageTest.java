package com.market25.shop.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.jms.JMSRuntimeException;
import jakarta.resource.ResourceException;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** Which failures earn "잠시 후 다시 시도해 주세요" (503) rather than a defect page (500). */
class OutageTest {

    @Test
    void aLostDatabaseConnectionDeepInsideAnEjbFailureIsAnOutage() {
        var cause = new SQLNonTransientConnectionException("socket closed", "08000");
        assertTrue(Outage.isOutage(new ServletException(new EJBException(new IllegalStateException("query", cause)))));
    }

    @Test
    void theBrokerOrAnEmptyConnectorPoolIsAnOutage() {
        assertTrue(Outage.isOutage(new EJBException(new IllegalStateException(new JMSRuntimeException("AMQ219007")))));
        assertTrue(Outage.isOutage(new EJBException(new ResourceException("Error in allocating a connection"))));
        assertTrue(Outage.isOutage(new IllegalStateException(new ConnectException("Connection refused"))));
    }

    @Test
    void aLockWaitOrADeadlockIsWorthTryingAgain() {
        assertTrue(Outage.isOutage(new EJBException(new SQLTransactionRollbackException("Deadlock", "40001"))));
        assertTrue(Outage.isOutage(new EJBException(new SQLException("lost", "08S01"))));
    }

    @Test
    void aDefectIsNotAnOutage() {
        assertFalse(Outage.isOutage(new EJBException(new NullPointerException())));
        assertFalse(Outage.isOutage(new EJBException(new SQLException("Data too long for column 'name'", "22001"))));
        assertFalse(Outage.isOutage(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        var a = new RuntimeException("a");
        var b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(Outage.isOutage(b));
    }
}
