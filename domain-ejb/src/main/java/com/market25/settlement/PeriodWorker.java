package com.market25.settlement;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works through a period closing in the background, one day per transaction
 * ({@link DayClosing#closePeriodDay}), reading the period's row before every day so that a
 * cancel takes effect at the next day and a resumed job starts where the last commit left it.
 */
@Stateless
public class PeriodWorker {

    /** A running period whose worker has not closed a day for this long is taken over at start-up. */
    static final int STALE_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(PeriodWorker.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DayClosing closing;

    @Resource
    private SessionContext self;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public void work(long periodId) {
        while (true) {
            Object[] row;
            try {
                row = (Object[]) em.createNativeQuery("select status, next_day, last_day, cancel_requested, started_by"
                                + " from settlement_period where id = ?1")
                        .setParameter(1, periodId).getSingleResult();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Period closing " + periodId + " could not read its state; resumed at the next start", e);
                return;
            }
            if (!PeriodStatus.RUNNING.name().equals(row[0])) {
                return;
            }
            LocalDate next = toDate(row[1]);
            if (toBoolean(row[3])) {
                closing.finishPeriod(periodId, PeriodStatus.CANCELLED, "cancelled before " + next);
                return;
            }
            if (next.isAfter(toDate(row[2]))) {
                closing.finishPeriod(periodId, PeriodStatus.DONE, null);
                LOG.info(() -> "Period closing " + periodId + " done");
                return;
            }
            try {
                closing.closePeriodDay(periodId, next, (String) row[4]);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Period closing " + periodId + " failed on " + next, e);
                closing.finishPeriod(periodId, PeriodStatus.FAILED, next + ": " + rootMessage(e));
                return;
            }
        }
    }

    /**
     * Takes over the running periods whose worker stopped (a server killed mid-period): each
     * is claimed by one conditional update, so two servers starting together resume it once.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public int resumeStale() {
        List<?> stale = em.createNativeQuery("select id from settlement_period where status = ?1 and heartbeat_at < ?2")
                .setParameter(1, PeriodStatus.RUNNING.name())
                .setParameter(2, Timestamp.valueOf(LocalDateTime.now().minusSeconds(STALE_SECONDS)))
                .getResultList();
        int resumed = 0;
        for (Object id : stale) {
            long periodId = ((Number) id).longValue();
            if (closing.claimStalePeriod(periodId, STALE_SECONDS)) {
                LOG.info(() -> "Period closing " + periodId + " resumed after a stop");
                self.getBusinessObject(PeriodWorker.class).work(periodId);
                resumed++;
            }
        }
        return resumed;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static boolean toBoolean(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }
}
