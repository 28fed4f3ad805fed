package com.market25.campaign.channel;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Submits one outbound batch (MKT-06): claims the rows not submitted yet ({@code submitted_at},
 * under row locks) and gives them to the gateway in the same transaction, so a redelivered batch,
 * or a row named by two batches, is submitted once. Without a usable gateway it throws: the batch
 * goes back to the broker (and after five tries to the dead-letter queue), the rows stay QUEUED.
 */
@Stateless
public class SmsSubmission {

    private static final Logger LOG = Logger.getLogger(SmsSubmission.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SmsGateways gateways;

    /** @return how many messages went to the gateway now */
    @PermitAll
    public int submit(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        SmsGateway gateway = gateways.current()
                .orElseThrow(() -> new IllegalStateException("no usable SMS gateway: the batch stays queued"));
        SmsSettings settings = SmsSettings.current();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, phone, body, kind from sms_message"
                        + " where id in (?1) and submitted_at is null order by id for update")
                .setParameter(1, ids).getResultList();
        if (rows.isEmpty()) {
            LOG.fine(() -> "SMS batch of " + ids.size() + " submitted before: nothing to do");
            return 0;
        }
        List<OutboundSms> batch = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            batch.add(new OutboundSms(((Number) r[0]).longValue(), (String) r[1], settings.senderNumber(), (String) r[2],
                    SmsKind.valueOf((String) r[3])));
        }
        em.createNativeQuery("update sms_message set submitted_at = ?2 where id in (?1) and submitted_at is null")
                .setParameter(1, batch.stream().map(OutboundSms::id).toList())
                .setParameter(2, ChannelRows.now())
                .executeUpdate();
        gateway.submit(batch);
        return batch.size();
    }
}
