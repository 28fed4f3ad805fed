package com.market25.rfm;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly RFM job (MKT-13): at 03:00 Korean time, and a minute after every server start for
 * a night that was missed, it rebuilds every customer's current recency/frequency/monetary from
 * purchase_history (imports add history in bulk) and takes the snapshot of yesterday, which
 * recomputes the cell boundaries. Exactly once a day across servers and restarts: the snapshot's
 * unique nightly date, taken under the batch lock 'rfm-nightly'.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RfmNightly {

    private static final Logger LOG = Logger.getLogger(RfmNightly.class.getName());
    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    @EJB
    private RfmNightlyRun run;

    @Resource
    private TimerService timers;

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(60_000, new TimerConfig("rfm nightly catch-up after start", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void afterStart(Timer timer) {
        runForYesterday();
    }

    @Schedule(hour = "3", minute = "0", timezone = "Asia/Seoul", persistent = false, info = "nightly rfm")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        runForYesterday();
    }

    private void runForYesterday() {
        LocalDate yesterday = LocalDate.now(KOREA).minusDays(1);
        try {
            run.runOnce(yesterday).ifPresent(s -> LOG.info(() -> "Nightly RFM of " + yesterday + ": " + s.customers()
                    + " customers in " + s.durationMs() + " ms"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Nightly RFM of " + yesterday + " failed; the next start or night tries again", e);
        }
    }
}
