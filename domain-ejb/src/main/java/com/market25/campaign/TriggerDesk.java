package com.market25.campaign;

import com.market25.campaign.channel.ChannelResult;
import com.market25.campaign.channel.SmsDesk;
import com.market25.campaign.channel.TemplateDesk;
import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.common.LocalJdbc;
import com.market25.infrastructure.ContainerResources;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Triggers (MKT-09): rules on customer events — the first purchase, no purchase for N days, a
 * birthday in N days, a grade change after the nightly RFM — that notify staff, add the customer
 * to a campaign's targets or send an SMS. Each fires at most once per customer, rule and period
 * (the key of trigger_firing). Evaluated when an order is paid (first purchase) and every night
 * after the RFM run ({@link com.market25.rfm.RfmNightly}); staff can also run them now.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TriggerDesk {

    private static final Logger LOG = Logger.getLogger(TriggerDesk.class.getName());
    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    static final String SYSTEM = "system:trigger";

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource db;

    @Resource
    private SessionContext context;

    @EJB
    private SmsDesk sms;

    @EJB
    private TemplateDesk templates;

    /** @throws InvalidInputException per field: name, days (for LAPSED and BIRTHDAY), campaign, template */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public TriggerRule create(TriggerRule rule) {
        Checks checks = new Checks().required("name", rule.name()).maxLength("name", rule.name(), CampaignPlan.NAME_MAX)
                .that(rule.event() != null, "event", "error.required")
                .that(rule.action() != null, "action", "error.required");
        checks.throwIfAny();
        if (rule.event().needsDays()) {
            checks.that(rule.days() != null && rule.days() >= 0 && rule.days() <= 3650, "days", "error.trigger.days");
        }
        if (rule.action() == TriggerAction.ADD_TO_CAMPAIGN) {
            checks.that(rule.campaignId() != null && LocalJdbc.readCommitted(db, c -> CampaignStore.find(c, rule.campaignId(), false))
                    .filter(k -> k.status() != CampaignStatus.CLOSED).isPresent(), "campaignId", "error.trigger.campaign");
        }
        if (rule.action() == TriggerAction.SEND_SMS) {
            checks.that(rule.templateId() != null && templates.find(rule.templateId())
                    .filter(t -> t.channel() == com.market25.campaign.channel.MessageChannel.SMS).isPresent(),
                    "templateId", "error.trigger.template");
        }
        checks.throwIfAny();
        TriggerRule clean = new TriggerRule(0, rule.name(), rule.event(), rule.event().needsDays() ? rule.days() : null,
                rule.action(), rule.action() == TriggerAction.ADD_TO_CAMPAIGN ? rule.campaignId() : null,
                rule.action() == TriggerAction.SEND_SMS ? rule.templateId() : null, true, null, null);
        String by = context.getCallerPrincipal().getName();
        long id = LocalJdbc.readCommitted(db, c -> TriggerStore.insert(c, clean, by, LocalDateTime.now()));
        return LocalJdbc.readCommitted(db, c -> TriggerStore.find(c, id)).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public void setActive(long id, boolean active) {
        LocalJdbc.readCommitted(db, c -> {
            TriggerStore.setActive(c, id, active);
            return null;
        });
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<TriggerRule> rules() {
        return LocalJdbc.readCommitted(db, c -> TriggerStore.rules(c, false));
    }

    /** The notification list (알림), newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<TriggerFiring> firings(int first, int size) {
        return LocalJdbc.readCommitted(db, c -> TriggerStore.firings(c, Math.max(0, first), Math.min(Math.max(1, size), 500)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public long firingCount() {
        return LocalJdbc.readCommitted(db, TriggerStore::firingCount);
    }

    /** 지금 평가: every active rule now, as the nightly run does. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public int evaluateNow() {
        return evaluateAll(context.getCallerPrincipal().getName());
    }

    /**
     * Every active rule for today (the nightly run, after the RFM rebuild so grades are fresh).
     *
     * @return the new firings
     */
    @PermitAll
    public int evaluateAll(String by) {
        LocalDate today = LocalDate.now(KOREA);
        List<TriggerRule> rules = LocalJdbc.readCommitted(db, c -> TriggerStore.rules(c, true));
        boolean grades = rules.stream().anyMatch(r -> r.event() == TriggerEvent.GRADE_CHANGE);
        int fired = 0;
        String runId = UUID.randomUUID().toString();
        if (grades) {
            fired += LocalJdbc.readCommitted(db, c -> {
                TriggerStore.gradesNow(c);
                int n = 0;
                for (TriggerRule rule : rules) {
                    if (rule.event() == TriggerEvent.GRADE_CHANGE) {
                        n += TriggerStore.fire(c, rule, today, null, runId, LocalDateTime.now());
                    }
                }
                TriggerStore.rememberGrades(c, today);
                return n;
            });
        }
        for (TriggerRule rule : rules) {
            if (rule.event() != TriggerEvent.GRADE_CHANGE) {
                fired += LocalJdbc.readCommitted(db, c -> TriggerStore.fire(c, rule, today, null, runId, LocalDateTime.now()));
            }
            act(rule, runId, by);
        }
        LOG.info("triggers evaluated by " + by + ": " + fired + " new firings");
        return fired;
    }

    /**
     * The FIRST_PURCHASE rules for one customer, right after a payment committed
     * ({@link FirstPurchaseWatch}); what this misses the nightly run catches.
     */
    @PermitAll
    public void firstPurchase(long customerId) {
        LocalDate today = LocalDate.now(KOREA);
        String runId = UUID.randomUUID().toString();
        for (TriggerRule rule : LocalJdbc.readCommitted(db, c -> TriggerStore.rules(c, true))) {
            if (rule.event() == TriggerEvent.FIRST_PURCHASE
                    && LocalJdbc.readCommitted(db, c -> TriggerStore.fire(c, rule, today, customerId, runId, LocalDateTime.now())) > 0) {
                act(rule, runId, SYSTEM);
            }
        }
    }

    /** A rule whose action fails (an SMS gateway not configured, say) marks its firings and leaves the other rules be. */
    private void act(TriggerRule rule, String runId, String by) {
        try {
            doAct(rule, runId, by);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "trigger rule " + rule.id() + " could not act", e);
            LocalJdbc.readCommitted(db, c -> {
                TriggerStore.outcomeAll(c, rule.id(), runId, "FAILED");
                return null;
            });
        }
    }

    private void doAct(TriggerRule rule, String runId, String by) {
        switch (rule.action()) {
            case NOTIFY -> LocalJdbc.readCommitted(db, c -> {
                TriggerStore.outcomeAll(c, rule.id(), runId, "NOTIFIED");
                return null;
            });
            case ADD_TO_CAMPAIGN -> LocalJdbc.readCommitted(db, c -> TriggerStore.addToCampaign(c, rule, runId));
            case SEND_SMS -> {
                Map<Long, String> fired = LocalJdbc.readCommitted(db, c -> TriggerStore.firedIn(c, rule.id(), runId));
                Map<String, List<Long>> byPeriod = new LinkedHashMap<>();
                fired.forEach((customer, period) -> byPeriod.computeIfAbsent(period, p -> new ArrayList<>()).add(customer));
                Map<Long, String> outcomes = new LinkedHashMap<>();
                byPeriod.forEach((period, customers) -> {
                    // one message per customer, rule and period, whatever runs again
                    ChannelResult result = sms.queueForCampaign(rule.templateId(), source(rule.id(), period), customers, by);
                    result.outcomes().forEach((customer, outcome) -> outcomes.put(customer, "SMS_" + outcome.name()));
                });
                LocalJdbc.readCommitted(db, c -> {
                    TriggerStore.outcome(c, rule.id(), runId, outcomes);
                    return null;
                });
            }
            default -> throw new IllegalStateException(rule.action().name());
        }
    }

    /** The SMS source of a rule and period: letters, digits and {@code :-}, at most 20. */
    static String source(long ruleId, String period) {
        String s = "T" + ruleId + ":" + period.replace("ONCE", "1");
        return s.length() <= 20 ? s : s.substring(0, 20);
    }
}
