package com.market25.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Answers whether the database and the broker can be reached right now, within
 * {@link #DEADLINE_MILLIS} whatever state they are in: both are probed at once on the managed
 * executor, and a probe that has not answered by the deadline counts as DOWN. A probe that hangs
 * is not started again while it hangs, so a dead component cannot pile up threads however often
 * {@code /health} is asked. Why a component is down goes to the server log (once per change),
 * never to the caller.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// public: /health and the outage page ask it for anyone
@jakarta.annotation.security.PermitAll
public class HealthCheck {

    /** The components, in the order the answer lists them. */
    public enum Component {
        DATABASE("database"), BROKER("broker");

        private final String key;

        Component(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    /** How long the slowest probe may take; {@code /health} must answer within a second. */
    static final long DEADLINE_MILLIS = 700;

    private static final Logger LOG = Logger.getLogger(HealthCheck.class.getName());

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource database;

    @Resource(lookup = ContainerResources.JMS)
    private ConnectionFactory broker;

    @Resource
    private ManagedExecutorService executor;

    private final Map<Component, Future<?>> running = new ConcurrentHashMap<>();
    private final Map<Component, Boolean> lastUp = new ConcurrentHashMap<>();

    /** Component name to {@value #UP} or {@value #DOWN}, database first. */
    public Map<String, String> check() {
        Map<Component, Future<?>> probes = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            probes.put(component, start(component));
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MILLIS);
        Map<String, String> result = new LinkedHashMap<>();
        for (Component component : Component.values()) {
            boolean up = answeredInTime(component, probes.get(component), deadline);
            result.put(component.key(), up ? UP : DOWN);
        }
        return result;
    }

    /** True when every component answered. */
    public boolean allUp() {
        return check().values().stream().allMatch(UP::equals);
    }

    // One probe per component at a time: a hanging one is waited on again, not doubled.
    private Future<?> start(Component component) {
        return running.compute(component, (c, previous) -> previous != null && !previous.isDone()
                ? previous
                : submit(c));
    }

    private Future<?> submit(Component component) {
        try {
            return executor.submit(() -> {
                probe(component);
                return null;
            });
        } catch (RuntimeException e) {
            // an executor that refuses work (server shutting down) makes the answer DOWN, not an error page
            return CompletableFuture.failedFuture(e);
        }
    }

    private void probe(Component component) throws Exception {
        switch (component) {
            case DATABASE -> {
                try (var connection = database.getConnection()) {
                    if (!connection.isValid(1)) {
                        throw new java.sql.SQLException("connection not valid");
                    }
                }
            }
            case BROKER -> {
                try (JMSContext context = broker.createContext()) {
                    context.createBrowser(context.createQueue(Queues.PAYMENT_APPROVALS)).close();
                }
            }
        }
    }

    private boolean answeredInTime(Component component, Future<?> probe, long deadline) {
        try {
            probe.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            changed(component, true, null);
            return true;
        } catch (TimeoutException e) {
            changed(component, false, "no answer within " + DEADLINE_MILLIS + " ms");
            return false;
        } catch (ExecutionException e) {
            changed(component, false, e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void changed(Component component, boolean up, Object why) {
        Boolean before = lastUp.put(component, up);
        if (before != null && before == up) {
            return;
        }
        if (up) {
            LOG.info(() -> "health: " + component.key() + " is UP");
        } else if (why instanceof Throwable t) {
            LOG.log(Level.WARNING, "health: " + component.key() + " is DOWN", t);
        } else {
            LOG.warning(() -> "health: " + component.key() + " is DOWN: " + why);
        }
    }
}
