package com.market25.ear.fault;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.jms.JMSException;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.apache.activemq.artemis.jms.client.ActiveMQXAConnectionFactory;

/**
 * The transactions the broker holds prepared and waits to be told to commit or roll back. Their
 * messages are neither delivered nor redelivered until the transaction manager that prepared
 * them finishes them, so any left after a restart are messages lost for good.
 */
final class BrokerTransactions {

    private BrokerTransactions() {
    }

    static List<String> inDoubt() {
        String host = System.getProperty("market25.broker.host", "");
        String port = System.getProperty("market25.broker.port", "");
        if (host.isBlank() || port.isBlank()) {
            fail("system properties market25.broker.host and market25.broker.port are not set");
        }
        try (ActiveMQXAConnectionFactory factory = new ActiveMQXAConnectionFactory("tcp://" + host + ":" + port);
                XAConnection connection = factory.createXAConnection()) {
            XASession session = connection.createXASession();
            List<String> ids = new ArrayList<>();
            for (Xid xid : session.getXAResource().recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN)) {
                ids.add(xid.getFormatId() + ":" + HexFormat.of().formatHex(xid.getGlobalTransactionId()));
            }
            return ids;
        } catch (JMSException | XAException e) {
            throw new AssertionError("cannot ask the broker for its prepared transactions", e);
        }
    }
}
