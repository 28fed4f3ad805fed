package com.market25.payment;

import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.infrastructure.ContainerResources;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.GatewayRoute;
import com.market25.payment.gateway.PaymentGatewayConnection;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.resource.ResourceException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 결제 대행사 관리 (PAY-01): the gateways the shop pays through, which methods each serves, their
 * order of preference, enabled or not, and their health from a periodic status inquiry through the
 * payment connector. A new payment goes to the first enabled gateway for its method, by preference,
 * that is configured and not DOWN ({@link #choose}); the payment keeps that gateway's id, so its
 * cancel, inquiry and capture go to the same one ({@link #routeOf}), even after it was disabled.
 * Nothing registered or everything disabled refuses: never an approval without a gateway.
 */
@Stateless
public class GatewayRegistry {

    /** The reference the health check asks about: one no payment ever has. */
    static final String HEALTH_REFERENCE = "HEALTH-CHECK";

    private static final Logger LOG = Logger.getLogger(GatewayRegistry.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = ContainerResources.PAYMENT_GATEWAY)
    private PaymentGatewayConnectionFactory gateways;

    @Resource
    private SessionContext context;

    /** Every registered gateway, by preference. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    public List<GatewayView> gateways() {
        Map<Long, Set<PaymentMethod>> methods = new HashMap<>();
        List<Object[]> methodRows = em.createNativeQuery("select gateway_id, method from payment_gateway_method")
                .getResultList();
        for (Object[] r : methodRows) {
            methods.computeIfAbsent(((Number) r[0]).longValue(), k -> EnumSet.noneOf(PaymentMethod.class))
                    .add(PaymentMethod.valueOf((String) r[1]));
        }
        List<Object[]> rows = em.createNativeQuery("select id, name, endpoint_url, merchant_id, key_reference,"
                        + " preference, enabled, health, last_check_at, last_latency_ms, last_check_error, updated_at,"
                        + " updated_by, version from payment_gateway order by preference, id")
                .getResultList();
        List<GatewayView> list = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            list.add(new GatewayView(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).intValue(), bool(r[6]), methods.getOrDefault(id, EnumSet.noneOf(PaymentMethod.class)),
                    GatewayHealth.valueOf((String) r[7]), dateTime(r[8]), r[9] == null ? null : ((Number) r[9]).intValue(),
                    (String) r[10], dateTime(r[11]), (String) r[12], ((Number) r[13]).intValue()));
        }
        return list;
    }

    /**
     * Registers a gateway or changes one. A name used by another gateway and a save over a newer
     * change are refused with a field message; health starts again at UNKNOWN when the endpoint
     * or key changes.
     *
     * @return the gateway's id
     */
    @RolesAllowed(Roles.ADMIN)
    public long save(GatewayForm form, String by) {
        Checks checks = new Checks();
        form.check(checks);
        checks.throwIfAny();
        String name = form.name().trim();
        Number clash = (Number) em.createNativeQuery("select count(*) from payment_gateway where name = ?1 and id <> ?2")
                .setParameter(1, name).setParameter(2, form.id() == null ? -1L : form.id()).getSingleResult();
        if (clash.longValue() > 0) {
            throw InvalidInputException.of("name", "error.gateway.nameTaken");
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        String key = form.keyReference() == null ? "" : form.keyReference().trim();
        long id;
        if (form.id() == null) {
            em.createNativeQuery("insert into payment_gateway (name, endpoint_url, merchant_id, key_reference, preference,"
                            + " enabled, updated_at, updated_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, name).setParameter(2, form.endpointUrl().trim())
                    .setParameter(3, form.merchantId().trim()).setParameter(4, key)
                    .setParameter(5, form.preference()).setParameter(6, form.enabled())
                    .setParameter(7, now).setParameter(8, by)
                    .executeUpdate();
            id = ((Number) em.createNativeQuery("select id from payment_gateway where name = ?1")
                    .setParameter(1, name).getSingleResult()).longValue();
        } else {
            id = form.id();
            int changed = em.createNativeQuery("update payment_gateway set"
                            + " health = case when endpoint_url <> ?2 or coalesce(key_reference, '') <> ?4"
                            + "   then 'UNKNOWN' else health end,"
                            + " name = ?1, endpoint_url = ?2, merchant_id = ?3, key_reference = ?4, preference = ?5,"
                            + " enabled = ?6, updated_at = ?7, updated_by = ?8, version = version + 1"
                            + " where id = ?9 and version = ?10")
                    .setParameter(1, name).setParameter(2, form.endpointUrl().trim())
                    .setParameter(3, form.merchantId().trim()).setParameter(4, key)
                    .setParameter(5, form.preference()).setParameter(6, form.enabled())
                    .setParameter(7, now).setParameter(8, by).setParameter(9, id)
                    .setParameter(10, form.version() == null ? -1 : form.version())
                    .executeUpdate();
            if (changed == 0) {
                throw InvalidInputException.of("version", "error.gateway.stale");
            }
            em.createNativeQuery("delete from payment_gateway_method where gateway_id = ?1").setParameter(1, id)
                    .executeUpdate();
        }
        for (PaymentMethod method : form.methods()) {
            em.createNativeQuery("insert into payment_gateway_method (gateway_id, method) values (?1, ?2)")
                    .setParameter(1, id).setParameter(2, method.name()).executeUpdate();
        }
        LOG.info(() -> "payment gateway " + name + " saved by " + by);
        return id;
    }

    /** 사용 / 사용 중지: new payments skip a disabled gateway; its payments still cancel and capture there. */
    @RolesAllowed(Roles.ADMIN)
    public void setEnabled(long gatewayId, boolean enabled, String by) {
        int changed = em.createNativeQuery("update payment_gateway set enabled = ?1, updated_at = ?2, updated_by = ?3,"
                        + " version = version + 1 where id = ?4")
                .setParameter(1, enabled).setParameter(2, Timestamp.valueOf(LocalDateTime.now()))
                .setParameter(3, by).setParameter(4, gatewayId)
                .executeUpdate();
        if (changed == 0) {
            throw InvalidInputException.of("gateway", "error.gateway.unknown");
        }
    }

    /**
     * The gateway a new payment of {@code method} goes to: enabled, serving the method, configured
     * in the connector, not DOWN, first by preference.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @PermitAll
    public GatewayChoice choose(PaymentMethod method) {
        List<Object[]> rows = em.createNativeQuery("select g.id, g.name, g.endpoint_url, g.key_reference, g.health"
                        + " from payment_gateway g join payment_gateway_method m on m.gateway_id = g.id and m.method = ?1"
                        + " where g.enabled order by g.preference, g.id")
                .setParameter(1, method.name())
                .getResultList();
        boolean anyConfigured = false;
        for (Object[] r : rows) {
            GatewayRoute route = new GatewayRoute((String) r[1], (String) r[2], (String) r[3]);
            if (!configured(route)) {
                continue;
            }
            anyConfigured = true;
            if (GatewayHealth.valueOf((String) r[4]) != GatewayHealth.DOWN) {
                return new GatewayChoice(((Number) r[0]).longValue(), route, null);
            }
        }
        return GatewayChoice.refused(anyConfigured ? PaymentOutcome.GATEWAY_UNAVAILABLE
                : PaymentOutcome.GATEWAY_NOT_CONFIGURED);
    }

    /** The route of the gateway that served a payment (enabled or not); empty for payments made before the registry. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @PermitAll
    public Optional<GatewayRoute> routeOf(Long gatewayId) {
        if (gatewayId == null) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("select name, endpoint_url, key_reference from payment_gateway"
                        + " where id = ?1")
                .setParameter(1, gatewayId).getResultList();
        return rows.stream().findFirst().map(r -> new GatewayRoute((String) r[0], (String) r[1], (String) r[2]));
    }

    /** A connection to the route, or (null: a payment from before the registry) the connector's own gateway. */
    static PaymentGatewayConnection connect(PaymentGatewayConnectionFactory factory, Optional<GatewayRoute> route)
            throws ResourceException {
        return route.isPresent() ? factory.getConnection(route.get()) : factory.getConnection();
    }

    private boolean configured(GatewayRoute route) {
        try (PaymentGatewayConnection c = gateways.getConnection(route)) {
            return c.isConfigured();
        } catch (ResourceException e) {
            LOG.log(Level.WARNING, "payment connector unavailable", e);
            return false;
        }
    }

    @Schedule(second = "45", minute = "*", hour = "*", persistent = false, info = "payment gateway health")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        checkAll();
    }

    /** 지금 점검: asks every enabled gateway now; the number checked. */
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int checkNow() {
        return checkAll();
    }

    private int checkAll() {
        GatewayRegistry self = context.getBusinessObject(GatewayRegistry.class);
        List<Object[]> rows = em.createNativeQuery("select id, name, endpoint_url, key_reference from payment_gateway"
                + " where enabled").getResultList();
        for (Object[] r : rows) {
            GatewayRoute route = new GatewayRoute((String) r[1], (String) r[2], (String) r[3]);
            long started = System.nanoTime();
            String error = null;
            try (PaymentGatewayConnection c = gateways.getConnection(route)) {
                c.inquire(HEALTH_REFERENCE);
            } catch (GatewayException | ResourceException | RuntimeException e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            int latency = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
            try {
                self.recordHealth(((Number) r[0]).longValue(), error == null ? GatewayHealth.UP : GatewayHealth.DOWN,
                        latency, error);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "cannot record the health of gateway " + r[1], e);
            }
            if (error != null) {
                String why = error;
                LOG.warning(() -> "payment gateway " + r[1] + " is DOWN: " + why);
            }
        }
        return rows.size();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordHealth(long gatewayId, GatewayHealth health, int latencyMillis, String error) {
        em.createNativeQuery("update payment_gateway set health = ?1, last_check_at = ?2, last_latency_ms = ?3,"
                        + " last_check_error = ?4 where id = ?5")
                .setParameter(1, health.name()).setParameter(2, Timestamp.valueOf(LocalDateTime.now()))
                .setParameter(3, latencyMillis)
                .setParameter(4, error == null ? null : error.length() > 200 ? error.substring(0, 200) : error)
                .setParameter(5, gatewayId)
                .executeUpdate();
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static LocalDateTime dateTime(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
    }
}
