package com.market25.campaign.channel;

import com.market25.common.InvalidInputException;
import com.market25.customer.MemberCardPdf;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Postal DM (MKT-06, MEM-04): a batch of customers for one mailing, its address labels as PDF
 * ({@link AddressLabelSheet}), marking it as posted (a DM line in each customer's contact
 * history), and returned letters scanned back in by member number, which flag the address
 * ({@code member.mail_returned_at}) until the customer's address changes.
 *
 * <p>Who gets a label: DM consent, a postal code and an address, no returned-mail flag, not
 * erased, checked when the batch is made and again when the labels are printed and the batch is
 * marked as sent (what changed in between counts). 운영자 and 마케팅 make, print and mark;
 * 조회전용 sees the lists.
 */
@Stateless
public class DmDesk {

    static final int BATCH = 1_000;
    /** A returned-mail input: about a day's post. */
    static final int MAX_RETURNS = 5_000;
    static final String SOURCE_STAFF = "STAFF";
    static final String SOURCE_CAMPAIGN = "CAMPAIGN";
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_:\\-]{1,80}$");
    /** A member who may get a label now (m = member). */
    static final String PRINTABLE = "m.consent_dm and m.erased_at is null and m.mail_returned_at is null"
            + " and coalesce(m.postal_code, '') <> '' and coalesce(m.address, '') <> ''";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private TemplateDesk templates;

    /** A batch for staff; {@code requestKey} (the form's) makes a repeated click return the same batch. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public ChannelResult createBatch(String name, Long templateId, List<Long> customerIds, String requestKey) {
        return create(name, templateId, SOURCE_STAFF, requestKey, customerIds, caller());
    }

    /**
     * For the campaign dispatch: a DM batch of the customers who may get a letter, once per
     * {@code key} (e.g. the project, {@code P123}): asked again, the batch made the first time is the
     * answer. Runs without a caller, so no role is asked; {@code requestedBy} is recorded.
     *
     * @return the batch id and per customer QUEUED (on the labels), ALREADY_QUEUED (the batch
     *         existed), NO_CONSENT, NO_CONTACT (no postal code or address), MAIL_RETURNED, ERASED
     *         or UNKNOWN_CUSTOMER
     */
    @PermitAll
    public ChannelResult batchForCampaign(String name, Long templateId, String key, List<Long> customerIds,
            String requestedBy) {
        return create(name, templateId, SOURCE_CAMPAIGN, key, customerIds, requestedBy == null ? "system" : requestedBy);
    }

    private ChannelResult create(String name, Long templateId, String source, String key, List<Long> customerIds,
            String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            errors.put("name", "error.required");
        } else if (n.codePointCount(0, n.length()) > 100) {
            errors.put("name", "error.tooLong");
        }
        if (key == null || !KEY.matcher(key).matches()) {
            errors.put("requestKey", "error.channel.requestKey");
        }
        if (customerIds == null || customerIds.isEmpty()) {
            errors.put("customers", "error.audienceEmpty");
        }
        if (templateId != null && templates.forSending(templateId).map(t -> t.channel() != MessageChannel.DM).orElse(true)) {
            errors.put("templateId", "error.template.wrongChannel");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Long> ids = customerIds.stream().distinct().toList();
        Map<Long, SendOutcome> outcomes = eligibility(ids);
        Optional<Long> existing = batchId(source, key);
        if (existing.isPresent()) {
            outcomes.replaceAll((id, o) -> o == SendOutcome.QUEUED ? SendOutcome.ALREADY_QUEUED : o);
            return new ChannelResult(existing.get(), outcomes);
        }
        List<Long> printable = outcomes.entrySet().stream().filter(e -> e.getValue() == SendOutcome.QUEUED)
                .map(Map.Entry::getKey).toList();
        if (printable.isEmpty()) {
            throw InvalidInputException.of("customers", "error.dm.nobody");
        }
        em.createNativeQuery("insert into dm_batch (name, template_id, source, source_ref, customers, created_by, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, n).setParameter(2, templateId).setParameter(3, source).setParameter(4, key)
                .setParameter(5, printable.size()).setParameter(6, by).setParameter(7, ChannelRows.now())
                .executeUpdate();
        long batchId = batchId(source, key).orElseThrow();
        ChannelRows.insertItems(em, "dm_batch_item", "batch_id", batchId, printable);
        return new ChannelResult(batchId, outcomes);
    }

    private Optional<Long> batchId(String source, String key) {
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("select id from dm_batch where source = ?1 and source_ref = ?2")
                .setParameter(1, source).setParameter(2, key).getResultList();
        return found.stream().findFirst().map(Number::longValue);
    }

    /** Per customer QUEUED when a label may be printed, else why not; one query per {@value #BATCH}. */
    private Map<Long, SendOutcome> eligibility(List<Long> ids) {
        Map<Long, SendOutcome> outcomes = new LinkedHashMap<>();
        ids.forEach(id -> outcomes.put(id, SendOutcome.UNKNOWN_CUSTOMER));
        for (int i = 0; i < ids.size(); i += BATCH) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select m.id, m.erased_at is not null, m.consent_dm,"
                            + " coalesce(m.postal_code, '') <> '' and coalesce(m.address, '') <> '',"
                            + " m.mail_returned_at is not null from member m where m.id in (?1)")
                    .setParameter(1, ids.subList(i, Math.min(ids.size(), i + BATCH))).getResultList();
            for (Object[] r : rows) {
                outcomes.put(((Number) r[0]).longValue(), SmsDesk.truthy(r[1]) ? SendOutcome.ERASED
                        : !SmsDesk.truthy(r[2]) ? SendOutcome.NO_CONSENT
                        : !SmsDesk.truthy(r[3]) ? SendOutcome.NO_CONTACT
                        : SmsDesk.truthy(r[4]) ? SendOutcome.MAIL_RETURNED
                        : SendOutcome.QUEUED);
            }
        }
        return outcomes;
    }

    /** The batch's labels as PDF: its customers who may still get a letter, in the batch's order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public byte[] labels(long batchId) {
        DmBatchView batch = batch(batchId).orElseThrow(() -> InvalidInputException.of("batch", "error.api.notFound"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.member_no, m.name, m.postal_code, m.address"
                        + " from dm_batch_item i join member m on m.id = i.customer_id"
                        + " where i.batch_id = ?1 and " + PRINTABLE + " order by i.position")
                .setParameter(1, batchId).getResultList();
        List<AddressLabel> labels = rows.stream().map(r -> new AddressLabel(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4])).toList();
        try {
            return AddressLabelSheet.render("DM " + batch.name(), labels);
        } catch (MemberCardPdf.NoFontException e) {
            throw InvalidInputException.of("batch", "error.customer.cardFont");
        }
    }

    /**
     * The batch was posted: each customer on its labels (as they would be printed now) gets a DM
     * line in the contact history, with the letter's subject (the template's, else the batch's
     * name). Once: a second mark is refused.
     *
     * @return how many customers got the line
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public int markSent(long batchId) {
        if (batch(batchId).isEmpty()) {
            throw InvalidInputException.of("batch", "error.api.notFound");
        }
        int claimed = em.createNativeQuery("update dm_batch set sent_at = ?3, sent_by = ?1 where id = ?2"
                        + " and sent_at is null")
                .setParameter(1, caller()).setParameter(2, batchId).setParameter(3, ChannelRows.now()).executeUpdate();
        if (claimed == 0) {
            throw InvalidInputException.of("batch", "error.dm.alreadySent");
        }
        return em.createNativeQuery("insert into contact_history (member_id, channel, campaign_id, subject, contacted_at,"
                        + " outcome, recorded_by)"
                        + " select m.id, 'DM', null, left(coalesce(t.subject, b.name), 200), b.sent_at, 'SENT', b.sent_by"
                        + " from dm_batch b join dm_batch_item i on i.batch_id = b.id join member m on m.id = i.customer_id"
                        + " left join message_template t on t.id = b.template_id"
                        + " where b.id = ?1 and " + PRINTABLE)
                .setParameter(1, batchId).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<DmBatchView> batches() {
        return views("order by b.id desc limit 50", null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Optional<DmBatchView> batch(long id) {
        return views("where b.id = ?1", id).stream().findFirst();
    }

    private List<DmBatchView> views(String where, Object param) {
        Query q = em.createNativeQuery("select b.id, b.name, b.template_id, t.name, b.source, b.source_ref, b.customers,"
                + " (select count(*) from dm_batch_item i join member m on m.id = i.customer_id"
                + " where i.batch_id = b.id and " + PRINTABLE + "),"
                + " b.created_by, b.created_at, b.sent_by, b.sent_at"
                + " from dm_batch b left join message_template t on t.id = b.template_id " + where);
        if (param != null) {
            q.setParameter(1, param);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new DmBatchView(((Number) r[0]).longValue(), (String) r[1],
                r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5],
                ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), (String) r[8], SmsDesk.dateTime(r[9]),
                (String) r[10], SmsDesk.dateTime(r[11]))).toList();
    }

    /**
     * Returned letters (MEM-04), as scanned or typed: member numbers, one a line (spaces and
     * commas separate them too; each number counts once). Each customer found gets the address
     * flagged ({@code mail_returned_at}, the newest return's date) and a DM line "반송" in the
     * contact history, recorded by the caller; numbers that name no customer, or an erased one,
     * are given back to be looked at.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public ReturnedMail recordReturns(String input) {
        Set<String> numbers = new LinkedHashSet<>();
        if (input != null) {
            for (String token : input.split("[\\s,;]+")) {
                if (!token.isBlank()) {
                    numbers.add(token.strip());
                }
            }
        }
        if (numbers.isEmpty()) {
            throw InvalidInputException.of("numbers", "error.required");
        }
        if (numbers.size() > MAX_RETURNS) {
            throw InvalidInputException.of("numbers", "error.dm.tooManyReturns", MAX_RETURNS);
        }
        // member_no is VARCHAR(20): anything longer names nobody
        List<String> lookup = numbers.stream().filter(n -> n.length() <= 20).toList();
        Map<String, Object[]> found = new LinkedHashMap<>();
        for (int i = 0; i < lookup.size(); i += BATCH) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select member_no, id, erased_at is not null,"
                            + " mail_returned_at is not null from member where member_no in (?1)")
                    .setParameter(1, lookup.subList(i, Math.min(lookup.size(), i + BATCH))).getResultList();
            rows.forEach(r -> found.put((String) r[0], r));
        }
        List<String> flagged = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        int already = 0;
        for (String no : numbers) {
            Object[] r = found.get(no);
            if (r == null || SmsDesk.truthy(r[2])) {
                unknown.add(no);
            } else {
                flagged.add(no);
                ids.add(((Number) r[1]).longValue());
                already += SmsDesk.truthy(r[3]) ? 1 : 0;
            }
        }
        if (!ids.isEmpty()) {
            Timestamp now = ChannelRows.now();
            String subject = ResourceBundle.getBundle("com.market25.i18n.Messages", Locale.KOREAN,
                    DmDesk.class.getClassLoader()).getString("dm.returned.subject");
            for (int i = 0; i < ids.size(); i += BATCH) {
                List<Long> part = ids.subList(i, Math.min(ids.size(), i + BATCH));
                em.createNativeQuery("update member set mail_returned_at = ?1 where id in (?2)")
                        .setParameter(1, now).setParameter(2, part).executeUpdate();
                em.createNativeQuery("insert into contact_history (member_id, channel, campaign_id, subject, contacted_at,"
                                + " outcome, recorded_by) select id, 'DM', null, ?1, ?2, 'RETURNED', ?3 from member"
                                + " where id in (?4)")
                        .setParameter(1, subject).setParameter(2, now).setParameter(3, caller()).setParameter(4, part)
                        .executeUpdate();
            }
        }
        return new ReturnedMail(flagged, already, unknown);
    }

    /** The newest returned letters, with whether the address is still flagged. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<ReturnedLine> returns(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select h.contacted_at, m.id, m.member_no, m.name, h.recorded_by,"
                        + " m.mail_returned_at is not null from contact_history h join member m on m.id = h.member_id"
                        + " where h.channel = 'DM' and h.outcome = 'RETURNED' order by h.id desc limit "
                        + Math.max(1, Math.min(max, 500)))
                .getResultList();
        return rows.stream().map(r -> new ReturnedLine(SmsDesk.dateTime(r[0]), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], (String) r[4], SmsDesk.truthy(r[5]))).toList();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
