package com.market25.settlement;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import com.market25.bonus.BonusLedger;
import com.market25.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The one place that writes a day's closing. Every write holds the {@code batch_lock} row
 * 'settlement' for its transaction, so two servers (or a catch-up and a member of staff) never
 * close at the same time, and the check "is this day closed already?" is made under that lock.
 * Only {@link SettlementRun} calls it.
 */
@Stateless
public class DayClosing {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private BonusLedger bonus;

    /**
     * Closes the day in a transaction of its own unless a finished run (nightly, catch-up or by
     * hand) already closed it; empty in that case. One transaction per day, so a catch-up that
     * fails on one day keeps the days before it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public Optional<RunRecord> closeIfOpen(LocalDate day, RunTrigger trigger, String by) {
        lock();
        if (closed(day)) {
            return Optional.empty();
        }
        return Optional.of(close(day, trigger, by, null));
    }

    /** Closes (or re-closes) the day in the caller's transaction, as staff ask from the admin. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public RunRecord closeAgain(LocalDate day, RunTrigger trigger, String by) {
        lock();
        return close(day, trigger, by, null);
    }

    /**
     * Opens a period closing of {@code first}..{@code last} and returns its id; refused with
     * {@code error.periodRunning} while another one runs (checked under the batch lock).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public long openPeriod(LocalDate first, LocalDate last, int days, String by) {
        lock();
        Number running = (Number) em.createNativeQuery("select count(*) from settlement_period where status = ?1")
                .setParameter(1, PeriodStatus.RUNNING.name()).getSingleResult();
        if (running.longValue() > 0) {
            throw InvalidInputException.of("period", "error.periodRunning");
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        em.createNativeQuery("insert into settlement_period (first_day, last_day, next_day, status, days_total,"
                        + " started_by, started_at, heartbeat_at) values (?1, ?2, ?1, ?3, ?4, ?5, ?6, ?6)")
                .setParameter(1, first).setParameter(2, last).setParameter(3, PeriodStatus.RUNNING.name())
                .setParameter(4, days).setParameter(5, by).setParameter(6, now)
                .executeUpdate();
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }

    /**
     * Closes one day of a period and moves the period past it in the same transaction, so the
     * period's counts and the day's closing commit together. The day must be the period's next
     * one: a second worker on the same period (a resume racing a slow server) changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public void closePeriodDay(long periodId, LocalDate day, String by) {
        lock();
        RunRecord run = close(day, RunTrigger.PERIOD, by, periodId);
        int moved = em.createNativeQuery("update settlement_period set next_day = ?1, days_done = days_done + 1,"
                        + " orders_closed = orders_closed + ?2, amount_closed = amount_closed + ?3,"
                        + " bonus_settled = bonus_settled + ?4, heartbeat_at = ?5"
                        + " where id = ?6 and next_day = ?7 and status = ?8")
                .setParameter(1, day.plusDays(1)).setParameter(2, run.ordersClosed())
                .setParameter(3, run.amountClosed()).setParameter(4, run.bonusSettled())
                .setParameter(5, Timestamp.valueOf(LocalDateTime.now())).setParameter(6, periodId)
                .setParameter(7, day).setParameter(8, PeriodStatus.RUNNING.name())
                .executeUpdate();
        if (moved != 1) {
            throw new IllegalStateException("period " + periodId + " is no longer at " + day);
        }
    }

    /** Claims a running period whose worker stopped; false when another server claimed it first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public boolean claimStalePeriod(long periodId, int staleSeconds) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        return em.createNativeQuery("update settlement_period set heartbeat_at = ?1, resumed = resumed + 1"
                        + " where id = ?2 and status = ?3 and heartbeat_at < ?4")
                .setParameter(1, now).setParameter(2, periodId).setParameter(3, PeriodStatus.RUNNING.name())
                .setParameter(4, Timestamp.valueOf(now.toLocalDateTime().minusSeconds(staleSeconds)))
                .executeUpdate() == 1;
    }

    /** Ends a running period (done, cancelled or failed) with a message. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public void finishPeriod(long periodId, PeriodStatus status, String message) {
        em.createNativeQuery("update settlement_period set status = ?1, finished_at = ?2, message = ?3"
                        + " where id = ?4 and status = ?5")
                .setParameter(1, status.name()).setParameter(2, Timestamp.valueOf(LocalDateTime.now()))
                .setParameter(3, message == null ? null : message.substring(0, Math.min(300, message.length())))
                .setParameter(4, periodId).setParameter(5, PeriodStatus.RUNNING.name())
                .executeUpdate();
    }

    private void lock() {
        em.createNativeQuery("select name from batch_lock where name = 'settlement' for update").getResultList();
    }

    private boolean closed(LocalDate day) {
        return ((Number) em.createNativeQuery("select count(*) from settlement_run where business_date = ?1"
                        + " and status = 'DONE'")
                .setParameter(1, day).getSingleResult()).longValue() > 0;
    }

    private RunRecord close(LocalDate day, RunTrigger trigger, String by, Long periodId) {
        // A second guard behind SettlementRun's: no path may write the closing of a day still running.
        if (!BusinessDay.hasEnded(day, Clock.systemUTC())) {
            throw new IllegalStateException("business day " + day + " has not ended in Korea");
        }
        LocalDateTime startedAt = LocalDateTime.now();
        List<ClosingLine> before = SettlementRun.closingOf(em, day);
        // A plain (consistent, non-locking) read: an INSERT … SELECT would lock the payment and
        // order rows it reads and deadlock with checkouts completing at the same moment. The
        // snapshot is taken after the batch lock was granted, so it sees every earlier run.
        List<Object[]> totals = em.createNativeQuery("select p.method, count(distinct p.order_id), sum(p.amount)"
                        + " from payment p join customer_order o on o.id = p.order_id"
                        + " where p.status = 'APPROVED' and p.completed_at >= ?1 and p.completed_at < ?2"
                        + " and o.status <> 'CANCELLED'"
                        + " group by p.method")
                .setParameter(1, Timestamp.valueOf(day.atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(day.plusDays(1).atStartOfDay()))
                .getResultList();
        em.createNativeQuery("delete from daily_closing where closing_date = ?1").setParameter(1, day)
                .executeUpdate();
        for (Object[] t : totals) {
            em.createNativeQuery("insert into daily_closing (closing_date, payment_method, order_count, amount,"
                            + " closed_at) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, day)
                    .setParameter(2, t[0])
                    .setParameter(3, ((Number) t[1]).intValue())
                    .setParameter(4, new BigDecimal(t[2].toString()))
                    .setParameter(5, Timestamp.valueOf(startedAt))
                    .executeUpdate();
        }
        List<ClosingLine> after = SettlementRun.closingOf(em, day);
        int settled = bonus.settleUpTo(day);
        boolean changed = !before.equals(after) || settled > 0;
        return record(day, trigger, by, periodId, startedAt, after, settled, changed, changed ? null : "no change");
    }

    private RunRecord record(LocalDate day, RunTrigger trigger, String by, Long periodId, LocalDateTime startedAt,
            List<ClosingLine> closing, int bonusSettled, boolean changed, String message) {
        int orders = ClosingLine.orderCount(closing);
        BigDecimal amount = ClosingLine.amount(closing);
        LocalDateTime finishedAt = LocalDateTime.now();
        em.createNativeQuery("insert into settlement_run (business_date, trigger_kind, started_by, started_at,"
                        + " finished_at, status, orders_closed, amount_closed, bonus_settled, closing_changed, message, period_id)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                .setParameter(1, day).setParameter(2, trigger.name()).setParameter(3, by)
                .setParameter(4, Timestamp.valueOf(startedAt)).setParameter(5, Timestamp.valueOf(finishedAt))
                .setParameter(6, RunStatus.DONE.name()).setParameter(7, orders).setParameter(8, amount)
                .setParameter(9, bonusSettled).setParameter(10, changed).setParameter(11, message)
                .setParameter(12, periodId)
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        return new RunRecord(id, day, trigger, by, startedAt, finishedAt, RunStatus.DONE, orders, amount,
                bonusSettled, changed, message);
    }
}
