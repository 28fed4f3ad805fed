package com.market25.campaign;

import com.market25.ordering.OrderPaid;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands a paid order to the first-purchase triggers (MKT-09) once the payment has committed, on a
 * managed thread of its own: the trigger work never runs in, or after, the payment's transaction
 * (an EJB call during its completion cannot suspend it), and its failure cannot touch the payment.
 */
@ApplicationScoped
public class FirstPurchaseWatch {

    private static final Logger LOG = Logger.getLogger(FirstPurchaseWatch.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private TriggerDesk triggers;

    void paid(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderPaid event) {
        long customer = event.memberId();
        try {
            executor.execute(() -> {
                try {
                    triggers.firstPurchase(customer);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "first-purchase triggers for customer " + customer + " left to the nightly run", e);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "first-purchase triggers for customer " + customer + " left to the nightly run", e);
        }
    }
}
