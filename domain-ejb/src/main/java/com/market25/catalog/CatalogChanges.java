package com.market25.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A counter that moves whenever what a shopper sees of the catalog changed (stock, prices,
 * products), so pages kept for anonymous visitors are made again at once instead of at the end
 * of their lifetime. It moves after the change committed: a page made from the old rows while the
 * transaction ran is never kept under the new number. A change of named products also records, per
 * product, the number it moved to, so a product page stays good while only other products sell
 * ({@link #unchangedSince}); a change without names counts for every product. Per server, in
 * memory. Changes made outside this server (SQL by hand, another node) are found twice a second
 * in the product rows' change stamps ({@code product.changed_at}, moved by the database on every
 * update): one indexed range read of the last {@value #LOOK_BACK_SECONDS} seconds, so a change
 * whose transaction committed a little after its update is still seen.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class CatalogChanges {

    static final int LOOK_BACK_SECONDS = 5;
    private static final long POLL_MILLIS = 500;
    private static final Logger LOG = Logger.getLogger(CatalogChanges.class.getName());

    private final AtomicLong version = new AtomicLong();
    /** Product id to the change stamp last seen by the poll, for the rows of the look-back window. */
    private final Map<Long, Long> stampSeen = new ConcurrentHashMap<>();
    private volatile boolean pollFailed;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TimerService timers;
    /** The version of the last change that named no product: it counts for all of them. */
    private final AtomicLong everything = new AtomicLong();
    /** Product id to the version of its last change (at most one entry per product). */
    private final Map<Long, Long> productChanged = new ConcurrentHashMap<>();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @PostConstruct
    void startPolling() {
        timers.createIntervalTimer(POLL_MILLIS, POLL_MILLIS, new TimerConfig("catalog change stamps", false));
    }

    /** Products whose stamp moved since the last poll count as changed now. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void pollChangeStamps() {
        List<Object[]> rows;
        try {
            rows = em.createNativeQuery("select id, unix_timestamp(changed_at) * 1000000 from product"
                            + " where changed_at > now(6) - interval " + LOOK_BACK_SECONDS + " second")
                    .getResultList();
        } catch (RuntimeException e) {
            if (!pollFailed) {
                LOG.log(Level.WARNING, "Catalog change stamps could not be read; kept pages fall back to their lifetime", e);
            }
            pollFailed = true;
            return;
        }
        pollFailed = false;
        List<Long> moved = new ArrayList<>();
        Map<Long, Long> inWindow = new HashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            long stamp = ((Number) row[1]).longValue();
            inWindow.put(id, stamp);
            Long before = stampSeen.put(id, stamp);
            if (before == null || before != stamp) {
                moved.add(id);
            }
        }
        stampSeen.keySet().retainAll(inWindow.keySet());
        if (!moved.isEmpty()) {
            long now = version.incrementAndGet();
            moved.forEach(id -> productChanged.merge(id, now, Math::max));
        }
    }

    public long version() {
        return version.get();
    }

    /**
     * Whether the product is as it was at {@code seenVersion}: no change of it, and no change of
     * everything, committed after that version was read.
     */
    public boolean unchangedSince(long productId, long seenVersion) {
        return everything.get() <= seenVersion && productChanged.getOrDefault(productId, 0L) <= seenVersion;
    }

    /** Everything may have changed: moves the counter once the caller's transaction commits. */
    public void changedOnCommit() {
        onCommit(() -> everything.accumulateAndGet(version.incrementAndGet(), Math::max));
    }

    /** These products changed (stock, price): moves the counter once the caller's transaction commits. */
    public void changedOnCommit(Collection<Long> productIds) {
        List<Long> ids = List.copyOf(productIds);
        onCommit(() -> {
            long moved = version.incrementAndGet();
            ids.forEach(id -> productChanged.merge(id, moved, Math::max));
        });
    }

    private void onCommit(Runnable move) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            move.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    move.run();
                }
            }
        });
    }
}
