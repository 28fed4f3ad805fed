package com.market25.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever what a shopper sees of the catalog changed (stock, prices,
 * products), so pages kept for anonymous visitors are made again at once instead of at the end
 * of their lifetime. It moves after the change committed: a page made from the old rows while the
 * transaction ran is never kept under the new number. A change of named products also records, per
 * product, the number it moved to, so a product page stays good while only other products sell
 * ({@link #unchangedSince}); a change without names counts for every product. Per server, in
 * memory; changes made outside this server (SQL by hand, another node) are seen when the kept
 * page expires.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class CatalogChanges {

    private final AtomicLong version = new AtomicLong();
    /** The version of the last change that named no product: it counts for all of them. */
    private final AtomicLong everything = new AtomicLong();
    /** Product id to the version of its last change (at most one entry per product). */
    private final Map<Long, Long> productChanged = new ConcurrentHashMap<>();

    @Resource
    private TransactionSynchronizationRegistry transactions;

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
