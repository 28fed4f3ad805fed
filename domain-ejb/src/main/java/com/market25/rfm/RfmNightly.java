package com.market25.rfm;

import com.market25.common.LocalJdbc;
import com.market25.infrastructure.ContainerResources;
import com.market25.segment.SegmentDesk;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The nightly RFM job (MKT-01, MKT-13, MKT-02): every customer's current R/F/M rebuilt from the
 * purchase history and scored exactly by the NTILE rule, the cell boundaries that paid orders are
 * placed by until the next night recomputed, and every saved segment evaluated again.
 *
 * <p>Exactly once a day: a persistent calendar timer (kept by Payara across restarts, fired late
 * after downtime) and a catch-up shortly after each start both claim the Korean day in
 * {@code rfm_nightly_run} under the {@code batch_lock('rfm-nightly')} row lock; a day claimed and
 * finished is never run again, a claim left unfinished by a crash is taken over after two hours.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RfmNightly {

    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    static final LocalTime RUN_AT = LocalTime.of(3, 30);
    private static final String NIGHTLY_INFO = "rfm-nightly";
    private static final long CATCH_UP_DELAY_MS = 30_000;
    private static final String SYSTEM = "system";
    private static final Logger LOG = Logger.getLogger(RfmNightly.class.getName());

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource db;

    @Resource
    private TimerService timers;

    @EJB
    private com.market25.campaign.TriggerDesk triggers;

    @EJB
    private SegmentDesk segments;

    // outside a transaction: a timer store that refuses the persistent timer must not leave the
    // bean's start-up transaction marked for rollback, so the fallback below can still be made
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void schedule() {
        boolean present = timers.getTimers().stream().anyMatch(t -> NIGHTLY_INFO.equals(t.getInfo()));
        if (!present) {
            ScheduleExpression at = new ScheduleExpression().hour(RUN_AT.getHour()).minute(RUN_AT.getMinute())
                    .timezone(KOREA.getId());
            try {
                timers.createCalendarTimer(at, new TimerConfig(NIGHTLY_INFO, true));
            } catch (RuntimeException e) {
                // a container without a persistent timer store (Payara Micro without clustering, in
                // the module tests): the catch-up after each start still runs a missed day
                LOG.log(Level.WARNING, "no persistent timer store: the nightly RFM run is scheduled per server", e);
                timers.createCalendarTimer(at, new TimerConfig(NIGHTLY_INFO, false));
            }
        }
        timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig("rfm catch-up after start", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        LocalDateTime now = LocalDateTime.now(KOREA);
        boolean nightly = NIGHTLY_INFO.equals(timer.getInfo());
        // the day whose 03:30 has passed last: today after 03:30, else yesterday
        LocalDate day = now.toLocalTime().isBefore(RUN_AT) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
        try {
            runFor(day, nightly ? NightlyTrigger.NIGHTLY : NightlyTrigger.CATCH_UP);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "nightly RFM run for " + day + " failed", e);
        }
    }

    /**
     * Runs the job for {@code day} unless it ran already.
     *
     * @return true when this call did the work
     */
    public boolean runFor(LocalDate day, NightlyTrigger trigger) {
        if (!claim(day, trigger)) {
            return false;
        }
        long customers = LocalJdbc.readCommitted(db, c -> RfmSql.rebuildCurrent(c, LocalDate.now(KOREA)));
        int evaluated = segments.evaluateAll(SYSTEM);
        // after the rebuild, so grade changes and lapses are seen on fresh figures (MKT-09)
        int fired = triggers.evaluateAll(SYSTEM);
        LocalJdbc.readCommitted(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE rfm_nightly_run SET finished_at = ?, customers = ?,"
                    + " segments = ? WHERE run_date = ?")) {
                ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
                ps.setLong(2, customers);
                ps.setInt(3, evaluated);
                ps.setDate(4, Date.valueOf(day));
                return ps.executeUpdate();
            }
        });
        LOG.info(() -> "nightly RFM run for " + day + " (" + trigger + "): " + customers + " customers, "
                + evaluated + " segments, " + fired + " trigger firings");
        return true;
    }

    private boolean claim(LocalDate day, NightlyTrigger trigger) {
        return LocalJdbc.readCommitted(db, c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT name FROM batch_lock WHERE name = 'rfm-nightly' FOR UPDATE")) {
                lock.executeQuery().close();
            }
            LocalDateTime now = LocalDateTime.now();
            try (PreparedStatement ps = c.prepareStatement("SELECT started_at, finished_at FROM rfm_nightly_run WHERE run_date = ?")) {
                ps.setDate(1, Date.valueOf(day));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        boolean finished = rs.getTimestamp(2) != null;
                        boolean stale = rs.getTimestamp(1).toLocalDateTime().isBefore(now.minusHours(2));
                        if (finished || !stale) {
                            return false;
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("REPLACE INTO rfm_nightly_run (run_date, started_at, trigger_kind)"
                    + " VALUES (?, ?, ?)")) {
                ps.setDate(1, Date.valueOf(day));
                ps.setTimestamp(2, Timestamp.valueOf(now));
                ps.setString(3, trigger.name());
                ps.executeUpdate();
            }
            return true;
        });
    }
}
