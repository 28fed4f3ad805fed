package com.market25.settlement;

import com.market25.bonus.BonusLedger;
import com.market25.payment.PaymentMethod;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Nightly settlement (SET-01, SET-04, BON-04): the day's closing by payment method and the
 * settling of bonus credits. A run is one transaction, so a crash leaves nothing half done;
 * its SQL is set-based and rewrites the day, so running a day again changes nothing; a row
 * lock keeps two servers from running at once, and the nightly timer skips a day another
 * server already closed.
 */
@Singleton
@Lock(LockType.WRITE)
public class SettlementRun {

    public static final String NIGHTLY = "NIGHTLY";
    public static final String MANUAL = "MANUAL";

    private static final Logger LOG = Logger.getLogger(SettlementRun.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private BonusLedger bonus;

    @Schedule(hour = "2", minute = "0", persistent = false, info = "nightly settlement")
    void nightly() {
        RunRecord run = run(LocalDate.now().minusDays(1), NIGHTLY, "system");
        LOG.info(() -> "Nightly settlement " + run.businessDate() + ": " + run.status());
    }

    /** Runs the settlement of one business day, as staff ask for it from the admin. */
    public RunRecord runFor(LocalDate businessDate, String staffLogin) {
        return run(businessDate, MANUAL, staffLogin);
    }

    // Runs in the caller's transaction: the timer's or runFor's.
    RunRecord run(LocalDate day, String trigger, String by) {
        LocalDateTime startedAt = LocalDateTime.now();
        em.createNativeQuery("select name from batch_lock where name = 'settlement' for update").getResultList();

        if (NIGHTLY.equals(trigger) && nightlyDone(day)) {
            return record(day, trigger, by, startedAt, "SKIPPED", List.of(), 0, false,
                    "already closed by another server");
        }
        List<ClosingLine> before = closing(day);
        em.createNativeQuery("delete from daily_closing where closing_date = ?1").setParameter(1, day)
                .executeUpdate();
        em.createNativeQuery("insert into daily_closing (closing_date, payment_method, order_count, amount, closed_at)"
                        + " select ?1, p.method, count(distinct p.order_id), sum(p.amount), ?2"
                        + " from payment p join customer_order o on o.id = p.order_id"
                        + " where p.status = 'APPROVED' and p.completed_at >= ?3 and p.completed_at < ?4"
                        + " and o.status <> 'CANCELLED'"
                        + " group by p.method")
                .setParameter(1, day)
                .setParameter(2, Timestamp.valueOf(startedAt))
                .setParameter(3, Timestamp.valueOf(day.atStartOfDay()))
                .setParameter(4, Timestamp.valueOf(day.plusDays(1).atStartOfDay()))
                .executeUpdate();
        List<ClosingLine> after = closing(day);
        int settled = bonus.settleUpTo(day);
        boolean changed = !before.equals(after) || settled > 0;
        return record(day, trigger, by, startedAt, "DONE", after, settled, changed,
                changed ? null : "no change");
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ClosingLine> closing(LocalDate day) {
        List<Object[]> rows = em.createNativeQuery("select payment_method, order_count, amount from daily_closing"
                        + " where closing_date = ?1 order by payment_method")
                .setParameter(1, day)
                .getResultList();
        return rows.stream()
                .map(r -> new ClosingLine(day, PaymentMethod.valueOf((String) r[0]), ((Number) r[1]).intValue(),
                        new BigDecimal(r[2].toString())))
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RunRecord> recentRuns(int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, business_date, trigger_kind, started_by, started_at,"
                        + " finished_at, status, orders_closed, amount_closed, bonus_settled, closing_changed, message"
                        + " from settlement_run order by id desc")
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(SettlementRun::toRecord).toList();
    }

    private boolean nightlyDone(LocalDate day) {
        return ((Number) em.createNativeQuery("select count(*) from settlement_run where business_date = ?1"
                        + " and trigger_kind = 'NIGHTLY' and status = 'DONE'")
                .setParameter(1, day).getSingleResult()).longValue() > 0;
    }

    private RunRecord record(LocalDate day, String trigger, String by, LocalDateTime startedAt, String status,
            List<ClosingLine> closing, int bonusSettled, boolean changed, String message) {
        int orders = ClosingLine.orderCount(closing);
        BigDecimal amount = ClosingLine.amount(closing);
        LocalDateTime finishedAt = LocalDateTime.now();
        em.createNativeQuery("insert into settlement_run (business_date, trigger_kind, started_by, started_at,"
                        + " finished_at, status, orders_closed, amount_closed, bonus_settled, closing_changed, message)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, day).setParameter(2, trigger).setParameter(3, by)
                .setParameter(4, Timestamp.valueOf(startedAt)).setParameter(5, Timestamp.valueOf(finishedAt))
                .setParameter(6, status).setParameter(7, orders).setParameter(8, amount)
                .setParameter(9, bonusSettled).setParameter(10, changed).setParameter(11, message)
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        return new RunRecord(id, day, trigger, by, startedAt, finishedAt, status, orders, amount, bonusSettled,
                changed, message);
    }

    private static RunRecord toRecord(Object[] r) {
        return new RunRecord(((Number) r[0]).longValue(), toDate(r[1]), (String) r[2], (String) r[3],
                toDateTime(r[4]), toDateTime(r[5]), (String) r[6], ((Number) r[7]).intValue(),
                new BigDecimal(r[8].toString()), ((Number) r[9]).intValue(), toBoolean(r[10]), (String) r[11]);
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static LocalDateTime toDateTime(Object o) {
        return o == null ? null : o instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
    }

    private static boolean toBoolean(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }
}
