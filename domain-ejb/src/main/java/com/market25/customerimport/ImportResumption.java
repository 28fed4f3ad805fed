package com.market25.customerimport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a server start, takes over the imports a stop cut off. A job killed with the last
 * server still looks alive until its heartbeat is {@link ImportWorker#STALE_SECONDS} old, so
 * the check runs once that long after the start (non-persistent timer: the jobs themselves are
 * the record of what is left to do).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ImportResumption {

    private static final Logger LOG = Logger.getLogger(ImportResumption.class.getName());

    @EJB
    private ImportWorker worker;

    @Resource
    private TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer((ImportWorker.STALE_SECONDS + 5) * 1000L,
                new TimerConfig("imports resumed after start", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void afterStart(Timer timer) {
        try {
            int resumed = worker.resumeStale();
            if (resumed > 0) {
                LOG.info(() -> resumed + " import(s) resumed after the start");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Imports cut off by a stop could not be resumed; the next start tries again", e);
        }
    }
}
