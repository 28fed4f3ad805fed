package com.market25.campaign.channel;

import com.market25.common.InvalidInputException;
import com.market25.customer.PrivacyRules;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Telemarketing call lists (MKT-06): customers to call, in order, with a script (a PHONE
 * template rendered for the customer on the line), and a result per call. Every result entered
 * is also a PHONE line of the customer's contact history, recorded by the caller; the list keeps
 * the latest result, the note, the time to call back and how often the customer was called.
 * Only customers who consent to calls (MEM-06), have a phone number and are not erased are put
 * on a list. 운영자 and 마케팅 make lists and enter results; 조회전용 reads them.
 */
@Stateless
public class CallListDesk {

    static final int BATCH = 1_000;
    static final int MAX_NOTE = 1_000;
    static final int MAX_PAGE = 200;
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_:\\-]{1,80}$");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private TemplateDesk templates;

    /** A list for staff; {@code requestKey} (the form's) makes a repeated click return the same list. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public ChannelResult create(String name, Long templateId, List<Long> customerIds, String requestKey) {
        return create(name, templateId, DmDesk.SOURCE_STAFF, requestKey, customerIds, caller());
    }

    /**
     * For the campaign dispatch: a call list of the customers who may be called, once per
     * {@code key} (e.g. the project, {@code P123}; asked again, the first list is the answer). Runs
     * without a caller, so no role is asked; {@code requestedBy} is recorded.
     *
     * @return the list id and per customer QUEUED (on the list), ALREADY_QUEUED, NO_CONSENT,
     *         NO_CONTACT (no phone number), ERASED or UNKNOWN_CUSTOMER
     */
    @PermitAll
    public ChannelResult listForCampaign(String name, Long templateId, String key, List<Long> customerIds,
            String requestedBy) {
        return create(name, templateId, DmDesk.SOURCE_CAMPAIGN, key, customerIds,
                requestedBy == null ? "system" : requestedBy);
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
        if (templateId != null && templates.forSending(templateId).map(t -> t.channel() != MessageChannel.PHONE).orElse(true)) {
            errors.put("templateId", "error.template.wrongChannel");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Long> ids = customerIds.stream().distinct().toList();
        Map<Long, SendOutcome> outcomes = new LinkedHashMap<>();
        ids.forEach(id -> outcomes.put(id, SendOutcome.UNKNOWN_CUSTOMER));
        for (int i = 0; i < ids.size(); i += BATCH) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, erased_at is not null, consent_phone,"
                            + " coalesce(phone, '') <> '' from member where id in (?1)")
                    .setParameter(1, ids.subList(i, Math.min(ids.size(), i + BATCH))).getResultList();
            for (Object[] r : rows) {
                outcomes.put(((Number) r[0]).longValue(), SmsDesk.truthy(r[1]) ? SendOutcome.ERASED
                        : !SmsDesk.truthy(r[2]) ? SendOutcome.NO_CONSENT
                        : !SmsDesk.truthy(r[3]) ? SendOutcome.NO_CONTACT
                        : SendOutcome.QUEUED);
            }
        }
        Optional<Long> existing = listId(source, key);
        if (existing.isPresent()) {
            outcomes.replaceAll((id, o) -> o == SendOutcome.QUEUED ? SendOutcome.ALREADY_QUEUED : o);
            return new ChannelResult(existing.get(), outcomes);
        }
        List<Long> callable = outcomes.entrySet().stream().filter(e -> e.getValue() == SendOutcome.QUEUED)
                .map(Map.Entry::getKey).toList();
        if (callable.isEmpty()) {
            throw InvalidInputException.of("customers", "error.calls.nobody");
        }
        em.createNativeQuery("insert into call_list (name, template_id, source, source_ref, customers, created_by, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, n).setParameter(2, templateId).setParameter(3, source).setParameter(4, key)
                .setParameter(5, callable.size()).setParameter(6, by).setParameter(7, ChannelRows.now())
                .executeUpdate();
        long listId = listId(source, key).orElseThrow();
        ChannelRows.insertItems(em, "call_list_entry", "list_id", listId, callable);
        return new ChannelResult(listId, outcomes);
    }

    private Optional<Long> listId(String source, String key) {
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("select id from call_list where source = ?1 and source_ref = ?2")
                .setParameter(1, source).setParameter(2, key).getResultList();
        return found.stream().findFirst().map(Number::longValue);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<CallListView> lists() {
        return views("order by l.id desc limit 50", null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Optional<CallListView> list(long id) {
        return views("where l.id = ?1", id).stream().findFirst();
    }

    private List<CallListView> views(String where, Object param) {
        Query q = em.createNativeQuery("select l.id, l.name, l.template_id, t.name, l.source, l.source_ref, l.customers,"
                + " (select count(*) from call_list_entry e where e.list_id = l.id and e.result is not null),"
                + " l.created_by, l.created_at from call_list l left join message_template t on t.id = l.template_id "
                + where);
        if (param != null) {
            q.setParameter(1, param);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new CallListView(((Number) r[0]).longValue(), (String) r[1],
                r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5],
                ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), (String) r[8], SmsDesk.dateTime(r[9]))).toList();
    }

    /** A page of the list in calling order (one query for the rows, one for the length). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public CallEntryPage entries(long listId, int first, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.list_id, e.customer_id, e.position, m.member_no, m.name, m.phone,"
                        + " e.result, e.callback_at, e.note, e.called_by, e.called_at, e.calls"
                        + " from call_list_entry e join member m on m.id = e.customer_id"
                        + " where e.list_id = ?1 order by e.position limit " + limit + " offset " + Math.max(0, first))
                .setParameter(1, listId).getResultList();
        int total = ((Number) em.createNativeQuery("select count(*) from call_list_entry where list_id = ?1")
                .setParameter(1, listId).getSingleResult()).intValue();
        return new CallEntryPage(rows.stream().map(CallListDesk::entry).toList(), total);
    }

    private static CallEntry entry(Object[] r) {
        return new CallEntry(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                (String) r[3], (String) r[4], (String) r[5], r[6] == null ? null : CallResult.valueOf((String) r[6]),
                SmsDesk.dateTime(r[7]), (String) r[8], (String) r[9], SmsDesk.dateTime(r[10]), ((Number) r[11]).intValue());
    }

    /** The list's script rendered for the customer on the line; empty when the list has no script. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Optional<RenderedMessage> script(long listId, long customerId) {
        CallListView list = list(listId).orElseThrow(() -> InvalidInputException.of("list", "error.api.notFound"));
        if (list.templateId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(templates.render(list.templateId(), List.of(customerId)).get(customerId));
    }

    /**
     * A call's result: the list keeps it as the customer's latest (with the note, the time to
     * call back, who and when; calls + 1), and the contact history gets a PHONE line with the
     * result, recorded by the caller. CALL_BACK needs the time to call back, and only CALL_BACK
     * takes one.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public CallEntry record(long listId, long customerId, CallResult result, String note, LocalDateTime callbackAt) {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = note == null || note.isBlank() ? null : note.strip();
        if (result == null) {
            errors.put("result", "error.required");
        } else if (result == CallResult.CALL_BACK && callbackAt == null) {
            errors.put("callbackAt", "error.calls.callbackRequired");
        } else if (result != CallResult.CALL_BACK && callbackAt != null) {
            errors.put("callbackAt", "error.calls.callbackOnly");
        }
        if (n != null && n.codePointCount(0, n.length()) > MAX_NOTE) {
            errors.put("note", "error.tooLong");
        } else if (n != null && PrivacyRules.containsResidentNumber(n)) {
            errors.put("note", "error.residentNumber");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CallListView list = list(listId).orElseThrow(() -> InvalidInputException.of("list", "error.api.notFound"));
        Timestamp now = ChannelRows.now();
        int updated = em.createNativeQuery("update call_list_entry e join member m on m.id = e.customer_id"
                        + " set e.result = ?1, e.note = ?2, e.callback_at = ?3, e.called_by = ?4, e.called_at = ?5,"
                        + " e.calls = e.calls + 1 where e.list_id = ?6 and e.customer_id = ?7 and m.erased_at is null")
                .setParameter(1, result.name()).setParameter(2, n)
                .setParameter(3, callbackAt == null ? null : Timestamp.valueOf(callbackAt.withNano(0)))
                .setParameter(4, caller()).setParameter(5, now).setParameter(6, listId).setParameter(7, customerId)
                .executeUpdate();
        if (updated == 0) {
            throw InvalidInputException.of("customer", "error.calls.notOnList");
        }
        String subject = list.name() + (n == null ? "" : ": " + n);
        em.createNativeQuery("insert into contact_history (member_id, channel, campaign_id, subject, contacted_at, outcome,"
                        + " recorded_by) values (?1, 'PHONE', null, ?2, ?3, ?4, ?5)")
                .setParameter(1, customerId)
                .setParameter(2, subject.substring(0, Math.min(subject.length(), 200)))
                .setParameter(3, now).setParameter(4, result.outcome().name()).setParameter(5, caller())
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> row = em.createNativeQuery("select e.list_id, e.customer_id, e.position, m.member_no, m.name, m.phone,"
                        + " e.result, e.callback_at, e.note, e.called_by, e.called_at, e.calls"
                        + " from call_list_entry e join member m on m.id = e.customer_id"
                        + " where e.list_id = ?1 and e.customer_id = ?2")
                .setParameter(1, listId).setParameter(2, customerId).getResultList();
        return entry(row.get(0));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
