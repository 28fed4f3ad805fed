package com.market25.campaign.channel;

import com.market25.common.InvalidInputException;
import com.market25.infrastructure.ContainerResources;
import com.market25.infrastructure.Queues;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Text messages (MKT-06): the byte count staff see as they type, a test message to a phone, and
 * a template queued for a list of customers. Every message is a row of {@code sms_message}
 * (unique per source and key, so asking twice queues once) and goes to the gateway through
 * {@code market25.sms.outbound}, up to {@value #JMS_BATCH} rows per queue message, all sent on one
 * JMS context in the caller's XA transaction: rows and queue messages commit together or not at all.
 *
 * <p>Consent is read when the message is queued (MEM-06): only customers who consent to SMS, are
 * not erased and have a mobile number. Sending is refused, with a Korean message, when the
 * installation has no SMS settings or no usable gateway ({@link SmsGateways}): a real
 * installation without a gateway never pretends to send.
 */
@Stateless
public class SmsDesk {

    /** sms_message ids per outbound queue message. */
    static final int JMS_BATCH = 500;
    /** Customers per consent query and per multi-row insert. */
    static final int DB_BATCH = 500;
    static final String SOURCE_TEST = "TEST";
    static final String SOURCE_STAFF = "STAFF";
    /** sms_message.source is VARCHAR(20), source_ref VARCHAR(80). */
    private static final Pattern SOURCE = Pattern.compile("^[A-Za-z0-9_:\\-]{1,20}$");
    private static final Pattern REQUEST_KEY = Pattern.compile("^[A-Za-z0-9_\\-]{1,40}$");
    private static final Logger LOG = Logger.getLogger(SmsDesk.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Resource(lookup = ContainerResources.JMS)
    private ConnectionFactory jms;

    @Inject
    private SmsGateways gateways;

    @EJB
    private TemplateDesk templates;

    /** The text as it would be sent, counted (the screen's counter asks the same of sms.js). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public SmsMeasure measure(String body) {
        SmsSettings settings = SmsSettings.sample();
        SmsText.Measure m = SmsText.measure(settings.compose(body));
        boolean sendable = m.sendable() && !SmsText.normalise(body).isBlank();
        return new SmsMeasure(m.text(), m.bytes(), m.kind().orElse(null), m.unencodable(),
                m.kind().map(settings::unitCost).orElse(null), sendable);
    }

    /** One message to a phone (a staff member's own), not to a customer: no consent, no contact history. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public long sendTest(String phone, String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object[]> args = new HashMap<>();
        if (phone == null || phone.isBlank()) {
            errors.put("phone", "error.required");
        } else if (!SmsPhone.isMobile(phone)) {
            errors.put("phone", "error.sms.phone");
        }
        if (text == null || text.isBlank()) {
            errors.put("text", "error.required");
        } else {
            SmsText.Measure m = SmsText.measure(SmsSettings.sample().compose(text));
            if (!m.unencodable().isEmpty()) {
                errors.put("text", "error.sms.unencodable");
                args.put("text", new Object[] {String.join(" ", m.unencodable())});
            } else if (m.kind().isEmpty()) {
                errors.put("text", "error.sms.tooLong");
                args.put("text", new Object[] {m.bytes(), SmsKind.LMS.maxBytes()});
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, args);
        }
        Sending sending = sending();
        String composed = sending.settings.compose(text);
        SmsText.Measure measured = SmsText.measure(composed);
        SmsKind kind = measured.kind().orElseThrow();
        LocalDateTime now = LocalDateTime.now();
        String ref = UUID.randomUUID().toString();
        em.createNativeQuery("insert into sms_message (customer_id, phone, body, kind, bytes, unit_cost, source, source_ref,"
                        + " gateway, status, queued_by, queued_at) values (null, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'QUEUED', ?9, ?10)")
                .setParameter(1, SmsPhone.digits(phone))
                .setParameter(2, composed)
                .setParameter(3, kind.name())
                .setParameter(4, measured.bytes())
                .setParameter(5, sending.settings.unitCost(kind))
                .setParameter(6, SOURCE_TEST)
                .setParameter(7, ref)
                .setParameter(8, sending.gateway.name())
                .setParameter(9, caller())
                .setParameter(10, Timestamp.valueOf(now))
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("select id from sms_message where source = ?1 and source_ref = ?2")
                .setParameter(1, SOURCE_TEST).setParameter(2, ref).getSingleResult()).longValue();
        send(List.of(id));
        return id;
    }

    /**
     * A template (channel SMS) to customers, for staff: each customer once per {@code requestKey}
     * (the screen's or API client's key for this request, letters, digits, - and _, at most 40),
     * so a repeated request queues nothing new.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public ChannelResult queueTemplate(long templateId, List<Long> customerIds, String requestKey) {
        if (requestKey == null || !REQUEST_KEY.matcher(requestKey).matches()) {
            throw InvalidInputException.of("requestKey", "error.channel.requestKey");
        }
        return queue(templateId, SOURCE_STAFF, id -> requestKey + ":" + id, customerIds, caller());
    }

    /**
     * For the campaign dispatch: the template (channel SMS) rendered for each customer and queued,
     * once per customer and {@code source} (e.g. the project, {@code P123}; letters, digits and
     * {@code _:-}, at most 20): a dispatch killed and run again queues only what is missing. Runs
     * without a caller (timers, message-driven beans), so no role is asked; {@code requestedBy}
     * is recorded as who queued. Batches of {@value #DB_BATCH}: one consent query, one merge query
     * and one multi-row insert each.
     *
     * @return per customer QUEUED, ALREADY_QUEUED, NO_CONSENT, NO_CONTACT (no mobile number),
     *         ERASED, UNKNOWN_CUSTOMER or NOT_SENDABLE (the rendered text too long or not EUC-KR)
     */
    @PermitAll
    public ChannelResult queueForCampaign(long templateId, String source, List<Long> customerIds, String requestedBy) {
        if (source == null || !SOURCE.matcher(source).matches() || SOURCE_TEST.equals(source)
                || SOURCE_STAFF.equals(source)) {
            throw InvalidInputException.of("source", "error.channel.source");
        }
        return queue(templateId, source, String::valueOf, customerIds, requestedBy == null ? "system" : requestedBy);
    }

    private ChannelResult queue(long templateId, String source, LongFunction<String> refOf, List<Long> customerIds,
            String by) {
        TemplateView template = templates.forSending(templateId)
                .orElseThrow(() -> InvalidInputException.of("templateId", "error.template.unknown"));
        if (template.channel() != MessageChannel.SMS) {
            throw InvalidInputException.of("templateId", "error.template.wrongChannel");
        }
        if (customerIds == null || customerIds.isEmpty()) {
            throw InvalidInputException.of("customers", "error.audienceEmpty");
        }
        Sending sending = sending();
        List<Long> ids = customerIds.stream().distinct().toList();
        Map<Long, SendOutcome> outcomes = new LinkedHashMap<>();
        ids.forEach(id -> outcomes.put(id, SendOutcome.UNKNOWN_CUSTOMER));
        List<Long> toSend = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (int i = 0; i < ids.size(); i += DB_BATCH) {
            toSend.addAll(queueBatch(template, source, refOf, ids.subList(i, Math.min(ids.size(), i + DB_BATCH)),
                    sending, by, now, outcomes));
        }
        send(toSend);
        LOG.info(() -> "SMS " + source + " template " + templateId + ": " + toSend.size() + " queued of " + ids.size());
        return new ChannelResult(0, outcomes);
    }

    private List<Long> queueBatch(TemplateView template, String source, LongFunction<String> refOf, List<Long> batch,
            Sending sending, String by, Timestamp now, Map<Long, SendOutcome> outcomes) {
        Map<String, Long> refs = new LinkedHashMap<>();
        batch.forEach(id -> refs.put(refOf.apply(id), id));
        @SuppressWarnings("unchecked")
        List<String> existing = em.createNativeQuery("select source_ref from sms_message where source = ?1"
                        + " and source_ref in (?2)")
                .setParameter(1, source).setParameter(2, List.copyOf(refs.keySet())).getResultList();
        Set<Long> already = new HashSet<>();
        existing.forEach(ref -> already.add(refs.get(ref)));

        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("select id, phone, consent_sms, erased_at is not null from member"
                + " where id in (?1)").setParameter(1, batch).getResultList();
        Map<Long, String> phones = new HashMap<>();
        for (Object[] m : members) {
            long id = ((Number) m[0]).longValue();
            SendOutcome outcome = already.contains(id) ? SendOutcome.ALREADY_QUEUED
                    : truthy(m[3]) ? SendOutcome.ERASED
                    : !truthy(m[2]) ? SendOutcome.NO_CONSENT
                    : !SmsPhone.isMobile((String) m[1]) ? SendOutcome.NO_CONTACT
                    : null;
            if (outcome == null) {
                phones.put(id, SmsPhone.digits((String) m[1]));
            } else {
                outcomes.put(id, outcome);
            }
        }
        if (phones.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = new ArrayList<>();
        templates.render(template, List.copyOf(phones.keySet())).forEach((id, rendered) -> {
            String composed = sending.settings.compose(rendered.text());
            SmsText.Measure m = SmsText.measure(composed);
            if (!m.sendable()) {
                outcomes.put(id, SendOutcome.NOT_SENDABLE);
                return;
            }
            SmsKind kind = m.kind().orElseThrow();
            rows.add(new Object[] {id, phones.get(id), composed, kind.name(), m.bytes(), sending.settings.unitCost(kind),
                source, refOf.apply(id), sending.gateway.name(), "QUEUED", by, now});
            outcomes.put(id, SendOutcome.QUEUED);
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("insert ignore into sms_message (customer_id, phone, body, kind, bytes,"
                + " unit_cost, source, source_ref, gateway, status, queued_by, queued_at) values ");
        int p = 1;
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "" : ", ").append('(');
            for (int c = 0; c < 12; c++) {
                sql.append(c == 0 ? "" : ", ").append('?').append(p++);
            }
            sql.append(')');
        }
        Query insert = em.createNativeQuery(sql.toString());
        p = 1;
        for (Object[] row : rows) {
            for (Object v : row) {
                insert.setParameter(p++, v);
            }
        }
        insert.executeUpdate();
        // a row another request queued at the same moment is named too: the outbound listener
        // submits each row once whatever names it twice (sms_message.submitted_at)
        @SuppressWarnings("unchecked")
        List<Number> queued = em.createNativeQuery("select id from sms_message where source = ?1 and source_ref in (?2)"
                        + " and submitted_at is null")
                .setParameter(1, source).setParameter(2, rows.stream().map(r -> (String) r[7]).toList())
                .getResultList();
        return queued.stream().map(Number::longValue).toList();
    }

    /** The rows' ids on the outbound queue, {@value #JMS_BATCH} to a message, one JMS context. */
    private void send(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (JMSContext context = jms.createContext()) {
            Queue queue = context.createQueue(Queues.SMS_OUTBOUND);
            JMSProducer producer = context.createProducer();
            for (int i = 0; i < ids.size(); i += JMS_BATCH) {
                StringBuilder body = new StringBuilder();
                for (Long id : ids.subList(i, Math.min(ids.size(), i + JMS_BATCH))) {
                    body.append(body.length() == 0 ? "" : ",").append(id);
                }
                producer.send(queue, body.toString());
            }
        }
    }

    /** The messages of a source by status, and the cost of those delivered. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @PermitAll
    public SmsTally tally(String source) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, count(*), coalesce(sum(case when status = 'DELIVERED'"
                + " then unit_cost end), 0) from sms_message where source = ?1 group by status")
                .setParameter(1, source).getResultList();
        Map<SmsStatus, Integer> counts = new EnumMap<>(SmsStatus.class);
        BigDecimal cost = BigDecimal.ZERO;
        for (Object[] r : rows) {
            counts.put(SmsStatus.valueOf((String) r[0]), ((Number) r[1]).intValue());
            cost = cost.add(new BigDecimal(r[2].toString()));
        }
        return new SmsTally(counts, cost);
    }

    /** The newest messages, for the test page. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<SmsLine> recent(int max) {
        return lines("order by id desc limit " + Math.max(1, Math.min(max, 200)), null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Optional<SmsLine> find(long id) {
        return lines("where id = ?1", id).stream().findFirst();
    }

    /** A customer's messages, newest first (the customer page's SMS history). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.ORDERS, Roles.READONLY})
    public List<SmsLine> ofCustomer(long customerId) {
        return lines("where customer_id = ?1 order by queued_at desc, id desc limit 100", customerId);
    }

    private List<SmsLine> lines(String where, Object param) {
        Query q = em.createNativeQuery("select id, customer_id, phone, body, kind, bytes, unit_cost, source, source_ref,"
                + " gateway, status, queued_by, queued_at, reported_at from sms_message " + where);
        if (param != null) {
            q.setParameter(1, param);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new SmsLine(((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                SmsKind.valueOf((String) r[4]), ((Number) r[5]).intValue(), new BigDecimal(r[6].toString()),
                (String) r[7], (String) r[8], (String) r[9], SmsStatus.valueOf((String) r[10]), (String) r[11],
                dateTime(r[12]), dateTime(r[13]))).toList();
    }

    /** Settings and gateway, or the Korean refusal: nothing is queued that cannot be sent. */
    private Sending sending() {
        SmsSettings settings;
        try {
            settings = SmsSettings.current();
        } catch (SmsSettings.NotConfiguredException e) {
            LOG.warning(e.getMessage());
            throw InvalidInputException.of("sms", "error.sms.notConfigured");
        }
        SmsGateway gateway = gateways.current()
                .orElseThrow(() -> InvalidInputException.of("sms", "error.sms.noGateway"));
        return new Sending(settings, gateway);
    }

    private record Sending(SmsSettings settings, SmsGateway gateway) {
    }

    static boolean truthy(Object v) {
        return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() != 0;
    }

    static LocalDateTime dateTime(Object v) {
        return v == null ? null : v instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) v;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
