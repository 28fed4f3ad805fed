package com.market25.settlement;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import com.market25.common.InvalidInputException;
import com.market25.payment.PaymentMethod;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Nightly settlement (SET-01, SET-04, BON-04): the day's closing by payment method and the
 * settling of bonus credits. A run is one transaction, so a crash leaves nothing half done;
 * its SQL is set-based and rewrites the day, so running a day again changes nothing; the
 * {@code batch_lock} row keeps two servers from running at once (see {@link DayClosing}).
 *
 * <p>Only days that have ended in Korea can be closed ({@link BusinessDay}). The automatic runs
 * catch up: at 02:00 and shortly after every server start, each day since the first closing
 * (at most {@value BusinessDay#CATCH_UP_DAYS} days back) that has no finished run is closed,
 * oldest first, once. A day already closed, by hand or by another server, is left alone.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
// the batch_lock row serialises runs across servers; a bean lock would only hold up the readers
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SettlementRun {

    /** Who the automatic runs are recorded as. */
    public static final String SYSTEM = "system";

    private static final long CATCH_UP_DELAY_MS = 10_000;
    private static final String RESUME_PERIODS = "period closings resumed after start";
    private static final Logger LOG = Logger.getLogger(SettlementRun.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DayClosing closing;

    @EJB
    private PeriodWorker periods;

    @Resource
    private TimerService timers;

    private final Clock clock = Clock.systemUTC();

    // Not persistent timers: days missed while no server ran are found from the data instead.
    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig("settlement catch-up after start", false));
        // a period whose worker died with the last server still looks alive for STALE_SECONDS
        timers.createSingleActionTimer((PeriodWorker.STALE_SECONDS + 5) * 1000L,
                new TimerConfig(RESUME_PERIODS, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void afterStart(Timer timer) {
        if (!RESUME_PERIODS.equals(timer.getInfo())) {
            catchUp(RunTrigger.CATCH_UP);
        }
        try {
            periods.resumeStale();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Period closings cut off by a stop could not be resumed; next start tries again", e);
        }
    }

    @Schedule(hour = "2", minute = "0", timezone = "Asia/Seoul", persistent = false, info = "nightly settlement")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        catchUp(RunTrigger.NIGHTLY);
    }

    /**
     * Runs the settlement of one business day, as staff ask for it from the admin. A day that
     * has not ended in Korea (today or later) is refused with {@code error.settlementDayNotEnded}
     * and nothing is written.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT})
    public RunRecord runFor(LocalDate businessDate, String staffLogin) {
        if (businessDate == null) {
            throw InvalidInputException.of("day", "error.required");
        }
        if (!BusinessDay.hasEnded(businessDate, clock)) {
            LOG.warning(() -> "Settlement of " + businessDate + " refused for " + staffLogin
                    + ": the business day has not ended (today in Korea is " + BusinessDay.today(clock) + ")");
            throw InvalidInputException.of("day", "error.settlementDayNotEnded");
        }
        return closing.closeAgain(businessDate, RunTrigger.MANUAL, staffLogin);
    }

    /**
     * Closes every missed day, oldest first, each in its own transaction, and returns the runs
     * it made (none when every day is closed). Stops at the first failure, so days are never
     * closed out of order; the next catch-up starts again from there.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT})
    public List<RunRecord> catchUp() {
        return catchUp(RunTrigger.CATCH_UP);
    }

    /** The newest day staff may close: yesterday in Korea. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT, Roles.READONLY})
    public LocalDate lastClosableDay() {
        return BusinessDay.lastEnded(clock);
    }

    private List<RunRecord> catchUp(RunTrigger trigger) {
        List<RunRecord> runs = new ArrayList<>();
        List<LocalDate> missed;
        try {
            missed = missedDays();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Settlement catch-up could not read the closed days; next try at 02:00", e);
            return runs;
        }
        for (LocalDate day : missed) {
            try {
                Optional<RunRecord> run = closing.closeIfOpen(day, trigger, SYSTEM);
                run.ifPresent(runs::add);
                LOG.info(() -> "Settlement " + trigger + " " + day + ": "
                        + run.map(r -> r.closingChanged() ? "closed" : "no change").orElse("already closed"));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Settlement " + trigger + " of " + day + " failed; later days wait", e);
                break;
            }
        }
        return runs;
    }

    private List<LocalDate> missedDays() {
        LocalDate today = BusinessDay.today(clock);
        Object first = em.createNativeQuery("select min(business_date) from settlement_run where status = 'DONE'")
                .getSingleResult();
        List<?> closed = em.createNativeQuery("select distinct business_date from settlement_run"
                        + " where status = 'DONE' and business_date >= ?1 and business_date < ?2")
                .setParameter(1, today.minusDays(BusinessDay.CATCH_UP_DAYS))
                .setParameter(2, today)
                .getResultList();
        return BusinessDay.missedDays(today, first == null ? null : toDate(first),
                closed.stream().map(SettlementRun::toDate).toList());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT, Roles.READONLY})
    public List<ClosingLine> closing(LocalDate day) {
        return closingOf(em, day);
    }

    static List<ClosingLine> closingOf(EntityManager em, LocalDate day) {
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
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT, Roles.READONLY})
    public List<RunRecord> recentRuns(int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, business_date, trigger_kind, started_by, started_at,"
                        + " finished_at, status, orders_closed, amount_closed, bonus_settled, closing_changed, message"
                        + " from settlement_run order by id desc")
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(SettlementRun::toRecord).toList();
    }

    private static RunRecord toRecord(Object[] r) {
        return new RunRecord(((Number) r[0]).longValue(), toDate(r[1]), RunTrigger.valueOf((String) r[2]),
                (String) r[3], toDateTime(r[4]), toDateTime(r[5]), RunStatus.valueOf((String) r[6]),
                ((Number) r[7]).intValue(), new BigDecimal(r[8].toString()), ((Number) r[9]).intValue(),
                toBoolean(r[10]), (String) r[11]);
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
