package com.market25.payment;

import com.market25.infrastructure.ContainerResources;
import com.market25.infrastructure.Queues;
import com.market25.payment.gateway.wire.MessageSignatures;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * Takes the bank's deposit notifications (PAY-03). Only a body signed by the bank's key
 * ({@link BankKeys}) gets in: it is stored once per bank notification id and queued for the batch
 * ({@link DepositApprovalListener}) in one XA transaction, so a stored notification is always on
 * the queue and a queued one always stored. A notification the bank sends again is acknowledged
 * and changes nothing. A forged one is logged and neither stored nor queued. The bank may post
 * up to {@value BankNotification#MAX_PER_POST} notifications at once, signed as a whole (its bulk
 * report): they are stored and queued in one transaction, one message each.
 */
@Stateless
public class DepositInbox {

    /** What the bank is answered. */
    public enum Receipt {
        /** Stored and queued (HTTP 200); for a bulk post: at least one of them was new. */
        ACCEPTED,
        /** Known already: nothing changed (HTTP 200, so the bank stops sending it). */
        DUPLICATE,
        /** The signature does not verify (HTTP 401). */
        FORGED,
        /** No bank key is configured: everything is refused (HTTP 503). */
        NOT_CONFIGURED,
        /** Signed, but a field is missing or malformed (HTTP 400). */
        MALFORMED
    }

    static final String NOTIFICATION_ROW = "depositNotificationId";
    private static final Logger LOG = Logger.getLogger(DepositInbox.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = ContainerResources.JMS)
    private ConnectionFactory jms;

    /**
     * @param body the request body exactly as received (the signed bytes)
     * @param signature the {@link MessageSignatures#HEADER} header
     * @param from who sent it (the remote address), for the log
     */
    @PermitAll
    public Receipt receive(byte[] body, String signature, String from) {
        Optional<Ed25519PublicKeyParameters> key = BankKeys.trusted();
        if (key.isEmpty()) {
            LOG.warning(() -> "deposit notification from " + from + " refused: no bank public key configured ("
                    + BankKeys.ENVIRONMENT + ")");
            return Receipt.NOT_CONFIGURED;
        }
        if (!MessageSignatures.verify(key.get(), body, signature)) {
            LOG.warning(() -> "forged deposit notification refused (signature does not verify) from " + from
                    + ", " + body.length + " bytes");
            return Receipt.FORGED;
        }
        java.util.List<BankNotification> notifications;
        try {
            notifications = BankNotification.parseAll(body);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "signed deposit notification from " + from + " refused as malformed: " + e.getMessage());
            return Receipt.MALFORMED;
        }
        java.util.List<Long> stored = new java.util.ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (BankNotification n : notifications) {
            int inserted = em.createNativeQuery("insert ignore into deposit_notification (notification_id, account_no,"
                            + " amount, depositor_name, deposited_at, bank_name, received_at, status)"
                            // the fields fit their columns (parse checked them): only the unique key is ignored
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'RECEIVED')")
                    .setParameter(1, n.notificationId())
                    .setParameter(2, n.accountNumber())
                    .setParameter(3, n.amount())
                    .setParameter(4, n.depositorName())
                    .setParameter(5, Timestamp.valueOf(n.depositedAt()))
                    .setParameter(6, n.bankName())
                    .setParameter(7, now)
                    .executeUpdate();
            if (inserted == 1) {
                stored.add(((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue());
            } else {
                LOG.fine(() -> "deposit notification " + n.notificationId() + " received again: nothing to do");
            }
        }
        if (stored.isEmpty()) {
            return Receipt.DUPLICATE;
        }
        enqueueAll(stored);
        return Receipt.ACCEPTED;
    }

    /** Puts a stored notification on the queue, in the caller's transaction. */
    @PermitAll
    public void enqueue(long rowId) {
        enqueueAll(java.util.List.of(rowId));
    }

    // one message per notification (each is retried and dead-lettered on its own), sent on one context
    private void enqueueAll(java.util.List<Long> rowIds) {
        try (JMSContext context = jms.createContext()) {
            var producer = context.createProducer();
            var queue = context.createQueue(Queues.DEPOSIT_NOTIFICATIONS);
            for (long rowId : rowIds) {
                var message = context.createMessage();
                message.setLongProperty(NOTIFICATION_ROW, rowId);
                producer.send(queue, message);
            }
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("cannot queue deposit notifications " + rowIds, e);
        }
    }
}
