package com.market25.rfm;

import com.market25.ordering.OrderPaid;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;

/**
 * Every paid order becomes the customer's purchase at once (MKT-13): a purchase_history row
 * (source SHOP, the slip number as its reference) and the customer's current recency, frequency
 * and monetary, in the payment's transaction. The row's unique reference makes a second delivery
 * of the same payment change nothing, and the current figures move only when the row was new.
 */
@Stateless
@PermitAll
public class PurchaseHistory {

    public static final String SHOP = "SHOP";

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordPaidOrder(@Observes OrderPaid paid) {
        int added = em.createNativeQuery("insert into purchase_history (customer_id, purchased_on, amount,"
                        + " quantity, source, source_ref, cancelled) select ?1, ?2, ?3, ?4, ?5, ?6, false from dual"
                        + " where not exists (select 1 from purchase_history where source = ?5 and source_ref = ?6)")
                .setParameter(1, paid.memberId())
                .setParameter(2, Date.valueOf(paid.paidOn()))
                .setParameter(3, paid.amount())
                .setParameter(4, paid.quantity())
                .setParameter(5, SHOP)
                .setParameter(6, paid.slipNo())
                .executeUpdate();
        if (added == 1) {
            em.createNativeQuery("insert into customer_rfm_current (customer_id, first_purchase, last_purchase,"
                            + " frequency, monetary, updated_at) values (?1, ?2, ?2, 1, ?3, now(3))"
                            + " on duplicate key update last_purchase = greatest(last_purchase, values(last_purchase)),"
                            + " first_purchase = least(first_purchase, values(first_purchase)),"
                            + " frequency = frequency + 1, monetary = monetary + values(monetary), updated_at = now(3)")
                    .setParameter(1, paid.memberId())
                    .setParameter(2, Date.valueOf(paid.paidOn()))
                    .setParameter(3, paid.amount())
                    .executeUpdate();
        }
    }
}
