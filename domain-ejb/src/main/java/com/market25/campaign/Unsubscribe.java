package com.market25.campaign;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import com.market25.member.ConsentChannel;
import com.market25.member.ConsentSource;
import com.market25.member.MemberDesk;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import com.market25.campaign.channel.MailLinks;
import com.market25.campaign.channel.MailTracking;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * The unsubscribe link of campaign mail (MKT-05, 정보통신망법 §50): anyone holding a genuine link
 * may withdraw that member's e-mail consent, without signing in; nothing else. A link that the
 * server's secret did not sign, or that was changed, does nothing and reveals nothing. Two kinds
 * of link: an 이메일 캠페인 mail's ({@link UnsubscribeToken}) and a channel project's mail's
 * ({@code e…}, {@link MailLinks}), whose use is also counted on the mail (MKT-07).
 */
@Stateless
public class Unsubscribe {

    private static final Logger LOG = Logger.getLogger(Unsubscribe.class.getName());

    @EJB
    private MemberDesk members;

    @EJB
    private MailTracking mails;

    /** Whom a genuine link stands for, and the 이메일 캠페인 mail it came in (none for a channel mail). */
    private record Claims(long memberId, Long campaignId) {
    }

    /** What the link stands for, or empty when it is not genuine. Changes nothing. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @PermitAll
    public Optional<UnsubscribeView> check(String token) {
        return claims(token).flatMap(c -> view(c.memberId()));
    }

    /**
     * Withdraws the e-mail consent the link stands for and records it in the member's consent
     * history with the campaign and the source: {@link ConsentSource#ONE_CLICK} for a mail
     * program's RFC 8058 POST, {@link ConsentSource#UNSUBSCRIBE_LINK} for the page's button.
     * Doing it again changes nothing. Empty when the link is not genuine.
     */
    @PermitAll
    public Optional<UnsubscribeView> withdraw(String token, boolean oneClick) {
        Optional<Claims> claims = claims(token);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        Claims c = claims.get();
        if (members.emailContact(c.memberId()).isEmpty()) {
            return Optional.empty();
        }
        boolean changed = members.withdrawConsent(c.memberId(), ConsentChannel.EMAIL,
                oneClick ? ConsentSource.ONE_CLICK : ConsentSource.UNSUBSCRIBE_LINK, c.campaignId());
        if (MailLinks.isMailToken(token)) {
            mails.unsubscribed(token);
        }
        if (changed) {
            LOG.info(() -> "Member " + c.memberId() + " unsubscribed from e-mail (campaign " + c.campaignId()
                    + (oneClick ? ", one-click" : ", link") + ")");
        }
        return view(c.memberId());
    }

    private Optional<Claims> claims(String token) {
        if (MailLinks.isMailToken(token)) {
            OptionalLong member = mails.unsubscribing(token);
            return member.isEmpty() ? Optional.empty() : Optional.of(new Claims(member.getAsLong(), null));
        }
        CampaignMailSettings settings;
        try {
            settings = CampaignMailSettings.current();
        } catch (CampaignMailSettings.NotConfiguredException e) {
            // no secret, so no link was ever signed here: nothing can be genuine
            return Optional.empty();
        }
        return UnsubscribeToken.verify(settings.secret(), token).map(c -> new Claims(c.memberId(), c.campaignId()));
    }

    private Optional<UnsubscribeView> view(long memberId) {
        return members.emailContact(memberId).map(contact -> new UnsubscribeView(
                UnsubscribeView.mask(contact.email()), CampaignMailSettings.current().sender().name(),
                contact.consent().granted(), contact.consent().changedAt()));
    }
}
