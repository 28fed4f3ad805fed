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
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The unsubscribe link of campaign mail (MKT-05, 정보통신망법 §50): anyone holding a genuine link
 * may withdraw that member's e-mail consent, without signing in; nothing else. A link that the
 * server's secret did not sign, or that was changed, does nothing and reveals nothing.
 */
@Stateless
public class Unsubscribe {

    private static final Logger LOG = Logger.getLogger(Unsubscribe.class.getName());

    @EJB
    private MemberDesk members;

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
        Optional<UnsubscribeToken.Claims> claims = claims(token);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        UnsubscribeToken.Claims c = claims.get();
        if (members.emailContact(c.memberId()).isEmpty()) {
            return Optional.empty();
        }
        boolean changed = members.withdrawConsent(c.memberId(), ConsentChannel.EMAIL,
                oneClick ? ConsentSource.ONE_CLICK : ConsentSource.UNSUBSCRIBE_LINK, c.campaignId());
        if (changed) {
            LOG.info(() -> "Member " + c.memberId() + " unsubscribed from e-mail (campaign " + c.campaignId()
                    + (oneClick ? ", one-click" : ", link") + ")");
        }
        return view(c.memberId());
    }

    private static Optional<UnsubscribeToken.Claims> claims(String token) {
        CampaignMailSettings settings;
        try {
            settings = CampaignMailSettings.current();
        } catch (CampaignMailSettings.NotConfiguredException e) {
            // no secret, so no link was ever signed here: nothing can be genuine
            return Optional.empty();
        }
        return UnsubscribeToken.verify(settings.secret(), token);
    }

    private Optional<UnsubscribeView> view(long memberId) {
        return members.emailContact(memberId).map(contact -> new UnsubscribeView(
                UnsubscribeView.mask(contact.email()), CampaignMailSettings.current().sender().name(),
                contact.consent().granted(), contact.consent().changedAt()));
    }
}
