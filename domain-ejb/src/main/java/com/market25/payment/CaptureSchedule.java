package com.market25.payment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the capture batch runs by itself (PAY-03): every night at 01:30 (Korean time), and once
 * shortly after each start when the last night's batch is missing (the server was down at 01:30).
 * Non-persistent timers: a missed night is found from {@code capture_batch} instead.
 */
@Singleton
@Startup
@PermitAll
public class CaptureSchedule {

    static final LocalTime NIGHTLY_AT = LocalTime.of(1, 30);
    private static final long CATCH_UP_DELAY_MS = 40_000;
    private static final Logger LOG = Logger.getLogger(CaptureSchedule.class.getName());

    @EJB
    private CaptureBatch batch;

    @Resource
    private TimerService timers;

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig("capture catch-up after start", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void afterStart() {
        LocalDate today = LocalDate.now(CaptureBatch.KOREA);
        // the last night's slot: today 01:30 once it has passed, else yesterday's
        LocalDate night = java.time.LocalTime.now(CaptureBatch.KOREA).isBefore(NIGHTLY_AT) ? today.minusDays(1) : today;
        try {
            if (!batch.scheduledRunSince(night.atTime(NIGHTLY_AT))) {
                batch.runScheduled(CaptureTrigger.CATCH_UP);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "capture catch-up failed; the night batch tries again", e);
        }
    }

    @Schedule(hour = "1", minute = "30", timezone = "Asia/Seoul", persistent = false, info = "nightly capture")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        try {
            batch.runScheduled(CaptureTrigger.NIGHTLY);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "nightly capture batch failed; the next start or night tries again", e);
        }
    }
}
