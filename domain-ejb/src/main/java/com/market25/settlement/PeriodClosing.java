package com.market25.settlement;

import com.market25.common.InvalidInputException;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * 기간 마감 (SET-04): staff close a range of business days as one background job with progress
 * and cancel, instead of one request per day. Every day is closed as a day run by hand would be
 * (rewritten, in its own transaction, recorded as a {@link RunTrigger#PERIOD} run); the job's
 * counts move with each day's commit, and a job cut off by a crash resumes at its next day
 * ({@link PeriodWorker#resumeStale}, from the start-up timer of {@link SettlementRun}).
 */
@Stateless
public class PeriodClosing {

    /** Ten years of days: a longer range is a typing error, not a closing. */
    public static final int MAX_DAYS = 3_660;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DayClosing closing;

    @EJB
    private PeriodWorker worker;

    private final Clock clock = Clock.systemUTC();

    /**
     * Starts closing {@code first}..{@code last} (both included) in the background and returns at
     * once. Refused, with nothing written, when a date is missing, the range is reversed or too
     * long, {@code last} has not ended in Korea, or another period closing is running.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PeriodProgress start(LocalDate first, LocalDate last, String staffLogin) {
        int days = checkedLength(first, last, clock);
        long id = closing.openPeriod(first, last, days, staffLogin);
        worker.work(id);
        return progress(id).orElseThrow();
    }

    /** The number of days in the range, or the refusal staff see (field {@code from} or {@code to}). */
    static int checkedLength(LocalDate first, LocalDate last, Clock clock) {
        if (first == null) {
            throw InvalidInputException.of("from", "error.required");
        }
        if (last == null) {
            throw InvalidInputException.of("to", "error.required");
        }
        if (last.isBefore(first)) {
            throw InvalidInputException.of("to", "error.periodOrder");
        }
        if (!BusinessDay.hasEnded(last, clock)) {
            throw InvalidInputException.of("to", "error.settlementDayNotEnded");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw InvalidInputException.of("from", "error.periodTooLong");
        }
        return (int) days;
    }

    /** Asks a running period closing to stop after the day it is closing; false when it is not running. */
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT})
    public boolean cancel(long periodId) {
        return em.createNativeQuery("update settlement_period set cancel_requested = true where id = ?1 and status = ?2")
                .setParameter(1, periodId).setParameter(2, PeriodStatus.RUNNING.name())
                .executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT, Roles.READONLY})
    public Optional<PeriodProgress> progress(long periodId) {
        List<Object[]> rows = em.createNativeQuery(SELECT + " where id = ?1").setParameter(1, periodId).getResultList();
        return rows.stream().findFirst().map(PeriodClosing::toProgress);
    }

    /** The newest period closings, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT, Roles.READONLY})
    public List<PeriodProgress> recent(int limit) {
        List<Object[]> rows = em.createNativeQuery(SELECT + " order by id desc").setMaxResults(limit).getResultList();
        return rows.stream().map(PeriodClosing::toProgress).toList();
    }

    private static final String SELECT = "select id, first_day, last_day, next_day, status, days_total, days_done,"
            + " orders_closed, amount_closed, bonus_settled, started_by, started_at, heartbeat_at, finished_at,"
            + " resumed, message from settlement_period";

    private static PeriodProgress toProgress(Object[] r) {
        return new PeriodProgress(((Number) r[0]).longValue(), toDate(r[1]), toDate(r[2]), toDate(r[3]),
                PeriodStatus.valueOf((String) r[4]), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                ((Number) r[7]).intValue(), new BigDecimal(r[8].toString()), ((Number) r[9]).intValue(),
                (String) r[10], toDateTime(r[11]), toDateTime(r[12]), toDateTime(r[13]),
                ((Number) r[14]).intValue(), (String) r[15]);
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static LocalDateTime toDateTime(Object o) {
        return o == null ? null : o instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
    }
}
