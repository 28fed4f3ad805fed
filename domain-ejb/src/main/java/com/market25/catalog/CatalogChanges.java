package com.market25.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever what a shopper sees of the catalog changed (stock, prices,
 * products), so pages kept for anonymous visitors are made again at once instead of at the end
 * of their short lifetime. It moves after the change committed: a page made from the old rows
 * while the transaction ran is never kept under the new number. Per server, in memory; changes
 * made outside this server (SQL by hand, another node) are seen when the kept page expires.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class CatalogChanges {

    private final AtomicLong version = new AtomicLong();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public long version() {
        return version.get();
    }

    /** Moves the counter once the caller's transaction commits (at once when there is none). */
    public void changedOnCommit() {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            version.incrementAndGet();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    version.incrementAndGet();
                }
            }
        });
    }
}
