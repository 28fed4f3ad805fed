package com.market25.rfm;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

/** One night's RFM work in one transaction, under the batch lock; nothing when it ran already. */
@Stateless
@PermitAll
public class RfmNightlyRun {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private RfmSnapshots snapshots;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SnapshotSummary> runOnce(LocalDate day) {
        em.createNativeQuery("select name from batch_lock where name = 'rfm-nightly' for update").getResultList();
        Number done = (Number) em.createNativeQuery("select count(*) from rfm_snapshot where nightly_date = ?1")
                .setParameter(1, Date.valueOf(day)).getSingleResult();
        if (done.intValue() > 0) {
            return Optional.empty();
        }
        em.createNativeQuery("delete from customer_rfm_current").executeUpdate();
        em.createNativeQuery("insert into customer_rfm_current (customer_id, first_purchase, last_purchase, frequency,"
                        + " monetary, updated_at) select customer_id, min(purchased_on), max(purchased_on), count(*),"
                        + " sum(amount), now(3) from purchase_history where not cancelled group by customer_id")
                .executeUpdate();
        return Optional.of(snapshots.takeNightly(day));
    }
}
