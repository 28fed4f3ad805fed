package com.market25.payment;

import com.market25.infrastructure.ContainerResources;
import com.market25.payment.gateway.CardCapture;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.resource.ResourceException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 매입 (capture, PAY-03): approved card and e-wallet payments are captured at their gateway by a
 * batch, exactly once per payment. A batch first claims, in one set-based statement under the
 * {@code batch_lock('capture')} row, every approved payment before its cutoff that has no capture
 * record yet (the record's primary key is the payment), plus the ones that failed before and those
 * a crashed batch left PENDING; then it asks the payment's own gateway to capture each, outside any
 * transaction, and records CAPTURED (with the capture number) or FAILED (with the reason) by a
 * conditional update. A batch run twice finds nothing new to claim; a batch cut off by a crash is
 * finished by the next one, and since the gateway answers a reference captured before with the same
 * capture number, nothing is captured twice. The night timer and its catch-up: {@link CaptureSchedule}.
 */
@Stateless
public class CaptureBatch {

    public static final String SYSTEM = "SYSTEM:capture";
    /** PENDING claims older than this belong to a batch that died: the next batch takes them over. */
    static final int STALE_MINUTES = 10;
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    private static final Logger LOG = Logger.getLogger(CaptureBatch.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = ContainerResources.PAYMENT_GATEWAY)
    private PaymentGatewayConnectionFactory gateways;

    @EJB
    private GatewayRegistry registry;

    @Resource
    private SessionContext context;

    /** 지금 매입: captures every approved payment not captured yet (cutoff: now). */
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CaptureBatchView runNow(String by) {
        return run(CaptureTrigger.MANUAL, by, LocalDateTime.now());
    }

    /** The night's batch: payments approved before today (Korean time). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CaptureBatchView runScheduled(CaptureTrigger trigger) {
        return run(trigger, SYSTEM, LocalDate.now(KOREA).atStartOfDay());
    }

    /** Whether a night batch (or its catch-up) started since {@code since}. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean scheduledRunSince(LocalDateTime since) {
        return ((Number) em.createNativeQuery("select count(*) from capture_batch where trigger_kind in"
                        + " ('NIGHTLY', 'CATCH_UP') and started_at >= ?1")
                .setParameter(1, Timestamp.valueOf(since)).getSingleResult()).longValue() > 0;
    }

    private CaptureBatchView run(CaptureTrigger trigger, String by, LocalDateTime cutoff) {
        CaptureBatch self = context.getBusinessObject(CaptureBatch.class);
        long batchId = self.claim(trigger, by, cutoff);
        List<Object[]> claimed = self.claimedBy(batchId);
        for (Object[] r : claimed) {
            long paymentId = ((Number) r[0]).longValue();
            String reference = (String) r[1];
            BigDecimal amount = (BigDecimal) r[2];
            Long gatewayId = r[3] == null ? null : ((Number) r[3]).longValue();
            CardCapture answer;
            try (var gateway = GatewayRegistry.connect(gateways, registry.routeOf(gatewayId))) {
                answer = gateway.capture(reference, amount);
            } catch (GatewayException | ResourceException | RuntimeException e) {
                LOG.log(Level.WARNING, "capture of " + reference + " failed; the next batch tries again", e);
                self.record(batchId, paymentId, null, reason(e));
                continue;
            }
            self.record(batchId, paymentId, answer.captured() ? answer.captureNumber() : null,
                    answer.captured() ? null : "NOT_CAPTURABLE " + answer.state());
        }
        CaptureBatchView done = self.finish(batchId);
        LOG.info(() -> "capture batch " + batchId + " (" + trigger + ", " + by + "): " + done.captured()
                + " captured, " + done.failed() + " failed");
        return done;
    }

    private static String reason(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 200 ? m.substring(0, 200) : m;
    }

    /** Opens a batch and claims its payments, set-based, one batch at a time. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long claim(CaptureTrigger trigger, String by, LocalDateTime cutoff) {
        em.createNativeQuery("select name from batch_lock where name = 'capture' for update").getResultList();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        em.createNativeQuery("insert into capture_batch (trigger_kind, started_by, cutoff, started_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, trigger.name()).setParameter(2, by.length() > 60 ? by.substring(0, 60) : by)
                .setParameter(3, Timestamp.valueOf(cutoff)).setParameter(4, now)
                .executeUpdate();
        long batchId = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        // failed before, or left PENDING by a batch that died: this batch tries them again
        em.createNativeQuery("update payment_capture c join payment p on p.id = c.payment_id"
                        + " set c.batch_id = ?1, c.status = 'PENDING', c.claimed_at = ?2"
                        + " where p.status = 'APPROVED' and (c.status = 'FAILED'"
                        + "   or (c.status = 'PENDING' and c.claimed_at < ?3))")
                .setParameter(1, batchId).setParameter(2, now)
                .setParameter(3, Timestamp.valueOf(LocalDateTime.now().minusMinutes(STALE_MINUTES)))
                .executeUpdate();
        em.createNativeQuery("insert ignore into payment_capture (payment_id, batch_id, status, claimed_at)"
                        + " select p.id, ?1, 'PENDING', ?2 from payment p"
                        + " where p.status = 'APPROVED' and p.method in ('CARD', 'E_WALLET') and p.completed_at < ?3"
                        + " and not exists (select 1 from payment_capture c where c.payment_id = p.id)")
                .setParameter(1, batchId).setParameter(2, now).setParameter(3, Timestamp.valueOf(cutoff))
                .executeUpdate();
        return batchId;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Object[]> claimedBy(long batchId) {
        // what remains approved is captured: partial cancels (부분취소) done before the capture are not charged
        return em.createNativeQuery("select p.id, p.reference, p.amount - coalesce((select sum(r.amount) from refund r"
                        + " where r.payment_id = p.id and r.method = 'CARD_PARTIAL_CANCEL' and r.status = 'DONE'), 0),"
                        + " p.gateway_id from payment_capture c"
                        + " join payment p on p.id = c.payment_id where c.batch_id = ?1 and c.status = 'PENDING'"
                        + " order by p.id")
                .setParameter(1, batchId).getResultList();
    }

    /** Records the gateway's answer, once: only a claim of this batch still PENDING changes. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long batchId, long paymentId, String captureNo, String reason) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        em.createNativeQuery("update payment_capture set status = ?1, capture_no = ?2, reason = ?3,"
                        + " attempts = attempts + 1, captured_at = ?4"
                        + " where payment_id = ?5 and batch_id = ?6 and status = 'PENDING'")
                .setParameter(1, captureNo != null ? CaptureStatus.CAPTURED.name() : CaptureStatus.FAILED.name())
                .setParameter(2, captureNo).setParameter(3, captureNo != null ? null : reason)
                .setParameter(4, captureNo != null ? now : null).setParameter(5, paymentId).setParameter(6, batchId)
                .executeUpdate();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CaptureBatchView finish(long batchId) {
        em.createNativeQuery("update capture_batch b set finished_at = ?1,"
                        + " captured = (select count(*) from payment_capture c where c.batch_id = b.id and c.status = 'CAPTURED'),"
                        + " failed = (select count(*) from payment_capture c where c.batch_id = b.id and c.status <> 'CAPTURED')"
                        + " where id = ?2")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now())).setParameter(2, batchId).executeUpdate();
        return batch(batchId).orElseThrow();
    }

    /** The latest batches, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CaptureBatchView> batches(int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, trigger_kind, started_by, cutoff, started_at, finished_at,"
                + " captured, failed from capture_batch order by id desc").setMaxResults(limit).getResultList();
        return rows.stream().map(CaptureBatch::batchOf).toList();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CaptureBatchView> batch(long batchId) {
        List<Object[]> rows = em.createNativeQuery("select id, trigger_kind, started_by, cutoff, started_at, finished_at,"
                + " captured, failed from capture_batch where id = ?1").setParameter(1, batchId).getResultList();
        return rows.stream().findFirst().map(CaptureBatch::batchOf);
    }

    /**
     * A page of capture results, newest claim first; {@code batchId} null = all batches,
     * {@code status} null = every status.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CaptureRow> results(Long batchId, CaptureStatus status, int first, int size) {
        var query = em.createNativeQuery("select c.payment_id, o.slip_no, p.reference, p.method, p.amount,"
                        + " c.status, c.capture_no, c.reason, c.attempts, c.batch_id, c.captured_at"
                        + " from payment_capture c join payment p on p.id = c.payment_id"
                        + " join customer_order o on o.id = p.order_id" + where(batchId, status)
                        + " order by c.claimed_at desc, c.payment_id desc");
        bind(query, batchId, status);
        List<Object[]> rows = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 500)))
                .getResultList();
        return rows.stream().map(r -> new CaptureRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                PaymentMethod.valueOf((String) r[3]), (BigDecimal) r[4], CaptureStatus.valueOf((String) r[5]),
                (String) r[6], (String) r[7], ((Number) r[8]).intValue(), ((Number) r[9]).longValue(),
                dateTime(r[10]))).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countResults(Long batchId, CaptureStatus status) {
        var query = em.createNativeQuery("select count(*) from payment_capture c" + where(batchId, status));
        bind(query, batchId, status);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(Long batchId, CaptureStatus status) {
        return " where 1 = 1" + (batchId == null ? "" : " and c.batch_id = :batch") + (status == null ? "" : " and c.status = :status");
    }

    private static void bind(jakarta.persistence.Query query, Long batchId, CaptureStatus status) {
        if (batchId != null) {
            query.setParameter("batch", batchId);
        }
        if (status != null) {
            query.setParameter("status", status.name());
        }
    }

    private static CaptureBatchView batchOf(Object[] r) {
        return new CaptureBatchView(((Number) r[0]).longValue(), CaptureTrigger.valueOf((String) r[1]), (String) r[2],
                dateTime(r[3]), dateTime(r[4]), dateTime(r[5]), ((Number) r[6]).intValue(), ((Number) r[7]).intValue());
    }

    private static LocalDateTime dateTime(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
    }
}
