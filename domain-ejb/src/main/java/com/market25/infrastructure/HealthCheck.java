package com.market25.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Answers whether the database and the broker can be reached right now. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthCheck {

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource database;

    @Resource(lookup = ContainerResources.JMS)
    private ConnectionFactory broker;

    /** Component name to "UP" or "DOWN: reason", in a stable order. */
    public Map<String, String> check() {
        Map<String, String> result = new LinkedHashMap<>();
        result.put("database", probe(() -> {
            try (var c = database.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("select 1")) {
                rs.next();
            }
        }));
        result.put("broker", probe(() -> {
            try (JMSContext context = broker.createContext()) {
                context.createQueue(Queues.PAYMENT_APPROVALS);
                context.createBrowser(context.createQueue(Queues.PAYMENT_APPROVALS)).close();
            }
        }));
        return result;
    }

    private interface Probe {
        void run() throws Exception;
    }

    private static String probe(Probe probe) {
        try {
            probe.run();
            return "UP";
        } catch (Exception e) {
            return "DOWN: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
