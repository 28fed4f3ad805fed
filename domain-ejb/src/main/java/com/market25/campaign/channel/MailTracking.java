package com.market25.campaign.channel;

import com.market25.campaign.CampaignMailSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What recipients do with a campaign mail (MKT-07), from its signed links ({@link MailLinks}):
 * the open pixel, a click (which counts as an open too: many mail programs block images), and
 * the unsubscribe. Each is counted on the mail's row, first time and number of times. Links that
 * are not genuine change nothing and are told apart from nothing else. Open to anyone: the
 * signature is the authority.
 */
@Stateless
@PermitAll
public class MailTracking {

    @PersistenceContext
    private EntityManager em;

    /** Counts an open; false when the pixel's link is not genuine. */
    public boolean opened(String messageId, String signature) {
        Optional<CampaignMailSettings> settings = settings();
        OptionalLong id = settings.isEmpty() ? OptionalLong.empty() : MailLinks.opened(settings.get(), messageId, signature);
        if (id.isEmpty()) {
            return false;
        }
        em.createNativeQuery("update email_message set opens = opens + 1, opened_at = coalesce(opened_at, now(3))"
                + " where id = ?1 and sent_at is not null").setParameter(1, id.getAsLong()).executeUpdate();
        return true;
    }

    /** Counts a click and gives the address it was signed for; empty when the link is not genuine. */
    public Optional<String> clicked(String messageId, String target, String signature) {
        Optional<CampaignMailSettings> settings = settings();
        OptionalLong id = settings.isEmpty() ? OptionalLong.empty()
                : MailLinks.clicked(settings.get(), messageId, target, signature);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        em.createNativeQuery("update email_message set clicks = clicks + 1, clicked_at = coalesce(clicked_at, now(3)),"
                + " opened_at = coalesce(opened_at, now(3)) where id = ?1 and sent_at is not null")
                .setParameter(1, id.getAsLong()).executeUpdate();
        return Optional.of(target);
    }

    /** The customer a channel mail's unsubscribe token stands for; empty when it is not genuine. */
    public OptionalLong unsubscribing(String token) {
        Optional<CampaignMailSettings> settings = settings();
        OptionalLong id = settings.isEmpty() ? OptionalLong.empty() : MailLinks.unsubscribing(settings.get(), token);
        if (id.isEmpty()) {
            return OptionalLong.empty();
        }
        @SuppressWarnings("unchecked")
        List<Number> customer = em.createNativeQuery("select customer_id from email_message where id = ?1")
                .setParameter(1, id.getAsLong()).getResultList();
        return customer.isEmpty() ? OptionalLong.empty() : OptionalLong.of(customer.get(0).longValue());
    }

    /** Marks the mail whose link withdrew the consent (first time only). */
    public void unsubscribed(String token) {
        settings().map(s -> MailLinks.unsubscribing(s, token)).filter(OptionalLong::isPresent).ifPresent(id ->
                em.createNativeQuery("update email_message set unsubscribed_at = coalesce(unsubscribed_at, now(3))"
                        + " where id = ?1").setParameter(1, id.getAsLong()).executeUpdate());
    }

    private static Optional<CampaignMailSettings> settings() {
        try {
            return Optional.of(CampaignMailSettings.current());
        } catch (CampaignMailSettings.NotConfiguredException e) {
            // no secret, so no link was ever signed here: nothing can be genuine
            return Optional.empty();
        }
    }
}
