package com.market25.campaign.channel;

import com.market25.common.InvalidInputException;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Message templates (MKT-05): staff write them per channel with merge fields, see them rendered
 * for a sample customer, and the campaign dispatch renders one for a batch of customers with one
 * query ({@link #render}). 운영자 and 마케팅 write, 조회전용 reads.
 */
@Stateless
public class TemplateDesk {

    /** Customers per merge query: an IN list of this size is one index range read. */
    static final int BATCH = 1_000;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<TemplateView> list(MessageChannel channel) {
        return em.createQuery("select t from MessageTemplate t where (:channel is null or t.channel = :channel)"
                        + " order by t.channel, t.name", MessageTemplate.class)
                .setParameter("channel", channel)
                .setMaxResults(500)
                .getResultStream().map(MessageTemplate::view).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Optional<TemplateView> find(long id) {
        return Optional.ofNullable(em.find(MessageTemplate.class, id)).map(MessageTemplate::view);
    }

    /**
     * The same, for sends that run without a caller (a campaign's dispatch listener, the nightly
     * triggers): the desks that call it are guarded themselves or run inside the server only.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @PermitAll
    public Optional<TemplateView> forSending(long id) {
        return Optional.ofNullable(em.find(MessageTemplate.class, id)).map(MessageTemplate::view);
    }

    /** A new template; the name must be new (a list of templates is read by name). */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public TemplateView create(TemplateForm form) {
        TemplateForm.Checked checked = form.check(couponsAvailable());
        refuseTakenName(checked.name(), null);
        LocalDateTime now = LocalDateTime.now();
        MessageTemplate template = new MessageTemplate(checked.channel(), caller(), now);
        template.apply(checked, caller(), now);
        em.persist(template);
        em.flush();
        return template.view();
    }

    /**
     * Saves the form over the template. The channel stays what it was (a dispatch may already use
     * the template for it); {@code expectedVersion} (null: unchecked) refuses a save over someone
     * else's change made since the form was loaded.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public TemplateView update(long id, Integer expectedVersion, TemplateForm form) {
        MessageTemplate template = em.find(MessageTemplate.class, id);
        if (template == null) {
            throw InvalidInputException.of("id", "error.api.notFound");
        }
        if (expectedVersion != null && expectedVersion != template.getVersion()) {
            throw InvalidInputException.of("version", "error.template.changedMeanwhile");
        }
        if (form.channel() != null && form.channel() != template.getChannel()) {
            throw InvalidInputException.of("channel", "error.template.channelFixed");
        }
        TemplateForm.Checked checked = new TemplateForm(form.name(), template.getChannel(), form.subject(),
                form.htmlBody(), form.textBody()).check(couponsAvailable());
        refuseTakenName(checked.name(), id);
        template.apply(checked, caller(), LocalDateTime.now());
        em.flush();
        return template.view();
    }

    /** The saved template rendered with the real values of the customer with this member number. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public RenderedMessage preview(long templateId, String memberNo) {
        TemplateView template = find(templateId).orElseThrow(() -> InvalidInputException.of("id", "error.api.notFound"));
        return previewOf(template, memberNo);
    }

    /**
     * A form not saved yet, rendered for a sample customer: the same checks as saving (an unknown
     * field is named), so what staff see is what customers will get. {@code templateId} is the
     * template being edited (its coupon codes), or null for a new one.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public RenderedMessage previewDraft(TemplateForm form, Long templateId, String memberNo) {
        TemplateForm.Checked c = form.check(couponsAvailable());
        TemplateView draft = new TemplateView(templateId == null ? 0 : templateId, 0, c.name(), c.channel(), c.subject(),
                c.htmlBody(), c.textBody(), c.fields(), caller(), LocalDateTime.now());
        return previewOf(draft, memberNo);
    }

    private RenderedMessage previewOf(TemplateView template, String memberNo) {
        String no = memberNo == null ? "" : memberNo.strip();
        List<Long> ids = no.isEmpty() ? List.of()
                : em.createQuery("select m.id from Member m where m.memberNo = :no", Long.class)
                        .setParameter("no", no).getResultList();
        if (ids.isEmpty()) {
            throw InvalidInputException.of("memberNo", "error.template.noSuchMember", no);
        }
        List<MergeData> data = mergeData(template.fields(), ids);
        return TemplateRendering.render(template, data.get(0), coupons(template));
    }

    /**
     * The template rendered for each of the customers, in the order given (ids that name no
     * customer are left out; erased customers are rendered with what is left of them, so a caller
     * that sends must leave them out, as the channel desks do). One query per {@value #BATCH}
     * customers, whatever fields the template uses. For the campaign dispatch, which may run
     * without a caller (a timer, a message-driven bean): no role is asked.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, RenderedMessage> render(long templateId, List<Long> customerIds) {
        MessageTemplate template = em.find(MessageTemplate.class, templateId);
        if (template == null) {
            throw InvalidInputException.of("templateId", "error.template.unknown");
        }
        return render(template.view(), customerIds);
    }

    /** The same for a template already read (the channel desks read it once per request). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, RenderedMessage> render(TemplateView template, List<Long> customerIds) {
        CouponCodes coupons = coupons(template);
        Map<Long, RenderedMessage> out = new LinkedHashMap<>();
        Map<Long, MergeData> byId = new LinkedHashMap<>();
        mergeData(template.fields(), customerIds).forEach(d -> byId.put(d.customerId(), d));
        for (Long id : customerIds) {
            MergeData d = byId.get(id);
            if (d != null) {
                out.put(id, TemplateRendering.render(template, d, coupons));
            }
        }
        return out;
    }

    /** The merge values of the customers, one query per batch. */
    List<MergeData> mergeData(Set<MergeField> fields, Collection<Long> customerIds) {
        List<Long> ids = customerIds.stream().distinct().toList();
        String sql = MergeSql.select(fields.isEmpty() ? EnumSet.noneOf(MergeField.class) : fields);
        List<MergeData> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i += BATCH) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(sql)
                    .setParameter(1, ids.subList(i, Math.min(ids.size(), i + BATCH)))
                    .getResultList();
            for (Object[] r : rows) {
                out.add(new MergeData(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[4],
                        (String) r[5], truthy(r[3])));
            }
        }
        return out;
    }

    private static boolean truthy(Object v) {
        return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() != 0;
    }

    private static CouponCodes coupons(TemplateView template) {
        if (!template.fields().contains(MergeField.COUPON)) {
            return null;
        }
        try {
            return CouponCodes.current();
        } catch (CouponCodes.NotConfiguredException e) {
            throw InvalidInputException.of("templateId", "error.coupon.notConfigured");
        }
    }

    private static boolean couponsAvailable() {
        try {
            CouponCodes.current();
            return true;
        } catch (CouponCodes.NotConfiguredException e) {
            return false;
        }
    }

    private void refuseTakenName(String name, Long self) {
        List<Long> taken = em.createQuery("select t.id from MessageTemplate t where t.name = :name", Long.class)
                .setParameter("name", name).getResultList();
        if (taken.stream().anyMatch(id -> !id.equals(self))) {
            throw InvalidInputException.of("name", "error.template.nameTaken");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
