package com.market25.rfm;

import com.market25.ordering.OrderCancelled;
import com.market25.ordering.OrderPaid;
import com.market25.ordering.OrderRefunded;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

/**
 * CRM from the first order (MKT-13): listens to the ordering capability's events, inside the
 * transaction that pays or cancels the order, so the purchase history and the customer's current
 * R/F/M commit or roll back with the order itself. Reads nothing of the order back.
 */
@Stateless
@PermitAll
public class PurchaseRecorder {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void paid(@Observes OrderPaid event) {
        // the persistence context's own connection: the same transaction branch as the order's update
        em.unwrap(Session.class).doWork(c -> PurchaseBook.record(c, event));
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void cancelled(@Observes OrderCancelled event) {
        em.unwrap(Session.class).doWork(c -> PurchaseBook.cancel(c, event.slipNo(), event.memberId()));
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void refunded(@Observes OrderRefunded event) {
        em.unwrap(Session.class).doWork(c -> PurchaseBook.keep(c, event.slipNo(), event.memberId(), event.keptAmount()));
    }
}
