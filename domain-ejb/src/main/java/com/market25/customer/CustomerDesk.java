package com.market25.customer;

import com.market25.audit.AuditAction;
import com.market25.audit.AuditTarget;
import com.market25.audit.AuditTrail;
import com.market25.bonus.BonusLedger;
import com.market25.campaign.CampaignPlanner;
import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.member.ConsentChoices;
import com.market25.member.ConsentSource;
import com.market25.member.ConsentStatement;
import com.market25.member.MemberDesk;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * The customer database's boundary for staff (MEM-01, MEM-02, MEM-05, MEM-06): find customers
 * among a million, register and edit them, issue member cards, keep notes and user-defined
 * fields, change consents, erase a customer on request and export their personal data.
 *
 * <p>Who may do what: every back-office role that works with customers may look
 * (운영자 ADMIN, 마케팅 MARKETING, 주문관리 ORDERS, 조회전용 READONLY); 마케팅 and 운영자 change
 * customers; only 운영자 defines user-defined fields, erases a customer or exports their
 * personal data. The staff member recorded as "who" is always the authenticated caller.
 */
@Stateless
public class CustomerDesk {

    /** Counts stop here: "10,000 or more" is all a pager needs to know. */
    public static final int COUNT_CAP = 10_000;
    /** The longest page the list or the API serves. */
    public static final int MAX_PAGE = 200;
    private static final int CONTACTS_SHOWN = 200;
    private static final Pattern FIELD_CODE = Pattern.compile("^[a-z][a-z0-9_]{1,29}$");
    private static final Pattern OPTION_CODE = Pattern.compile("^[A-Za-z0-9_\\-]{1,30}$");
    private static final int MAX_OPTIONS = 100;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditTrail audit;

    @EJB
    private MemberDesk memberDesk;

    @EJB
    private BonusLedger bonusLedger;

    @EJB
    private CampaignPlanner campaignPlanner;

    // ---- search (MEM-01) ----

    /**
     * A page of customers matching the query, in the given order (null: by name when a name was
     * searched, else newest first). Every condition is an equality or a prefix on an indexed
     * column; erased customers are left out unless the query asks for them.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.ORDERS, Roles.READONLY})
    public CustomerPage search(CustomerQuery query, CustomerSort sort, int first, int size) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        CustomerQuery.Keys keys = query.keys();
        // Erasure clears every search key but the member number (Customer.erase), so a search by
        // name, phone or e-mail cannot find an erased customer; testing erased_at there too would
        // read every matching row instead of the index alone (0.8 s for "김" on a million).
        if (!query.includeErased() && (keys == null || keys.exactId() != null)) {
            where.append(" and m.erased_at is null");
        }
        // The list without search text is the customer base: a customer merged into another
        // (MEM-03) is counted once, as the survivor. A search by a key still finds the merged
        // row, marked with its survivor, because staff look up what the customer gives them.
        if (keys == null) {
            where.append(" and m.merged_into is null");
        }
        if (query.origin() != null) {
            params.add(query.origin().name());
            where.append(" and m.origin = ?").append(params.size());
        }
        if (keys != null) {
            if (keys.none()) {
                return new CustomerPage(List.of(), 0, false);
            }
            List<String> any = new ArrayList<>();
            if (keys.email() != null) {
                params.add(keys.email());
                any.add("m.email_key = ?" + params.size());
            }
            if (keys.phone() != null) {
                params.add(keys.phone());
                any.add("m.phone_key = ?" + params.size());
            }
            if (keys.exactId() != null) {
                params.add(keys.exactId());
                int p = params.size();
                any.add("m.member_no = ?" + p);
                any.add("m.external_id = ?" + p);
                any.add("m.card_no = ?" + p);
            }
            if (keys.namePrefix() != null) {
                params.add(likePrefix(keys.namePrefix()));
                any.add("m.name_key like ?" + params.size() + " escape '!'");
            }
            where.append(" and (").append(String.join(" or ", any)).append(')');
        }
        CustomerSort order = sort != null ? sort
                : keys != null && keys.namePrefix() != null ? CustomerSort.NAME : CustomerSort.NEWEST;

        int offset = Math.max(0, Math.min(first, COUNT_CAP));
        int limit = Math.min(Math.max(1, size), MAX_PAGE);
        // a deferred join: the page's ids come from the index alone (no row read for the rows
        // skipped on page 400), then only those rows are read
        var rowsQuery = em.createNativeQuery("select m.id, m.member_no, m.name, m.phone, m.email, m.address,"
                + " m.origin, m.external_id, m.login_id, m.joined_at, m.erased_at,"
                + " (select s.member_no from member s where s.id = m.merged_into)"
                + " from (select m.id from member m"
                + where + " order by " + order.orderBy() + " limit " + limit + " offset " + offset + ") page"
                + " join member m on m.id = page.id order by " + order.orderBy());
        var countQuery = em.createNativeQuery("select count(*) from (select 1 from member m" + where
                + " limit " + (COUNT_CAP + 1) + ") capped");
        for (int i = 0; i < params.size(); i++) {
            rowsQuery.setParameter(i + 1, params.get(i));
            countQuery.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = rowsQuery.getResultList();
        List<CustomerRow> rows = found.stream().map(r -> new CustomerRow(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                CustomerOrigin.valueOf((String) r[6]), (String) r[7], (String) r[8], dateTime(r[9]), r[10] != null,
                (String) r[11]))
                .toList();
        int total = ((Number) countQuery.getSingleResult()).intValue();
        return new CustomerPage(rows, Math.min(total, COUNT_CAP), total > COUNT_CAP);
    }

    /** Escapes LIKE's wildcards so a typed % or _ is a letter, not "anything". */
    static String likePrefix(String key) {
        return key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    // ---- one customer (MEM-02) ----

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.ORDERS, Roles.READONLY})
    public Optional<Customer> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    /** The id of the customer with this member number, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.ORDERS, Roles.READONLY})
    public Optional<Long> idOfMemberNo(String memberNo) {
        if (memberNo == null || memberNo.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select c.id from Customer c where c.memberNo = :no", Long.class)
                .setParameter("no", memberNo.trim()).getResultStream().findFirst();
    }

    /** The form as the customer stands now, for editing. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.ORDERS, Roles.READONLY})
    public CustomerForm form(long id) {
        Customer c = existing(id);
        return CustomerForm.of(c, upper(c).map(u -> u.getMemberNo()).orElse(null));
    }

    /** Everything the customer page shows but the orders (paged from the ordering boundary). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.ORDERS, Roles.READONLY})
    public Optional<CustomerProfile> profile(long id) {
        Customer c = em.find(Customer.class, id);
        if (c == null) {
            return Optional.empty();
        }
        Optional<Customer> upper = upper(c);
        ConsentStatement consents = memberDesk.consents(id);
        List<ContactEntry> contacts = new ArrayList<>();
        // a campaign's touch names its campaign; a returned DM or a call the staff member who recorded it
        campaignPlanner.contactHistory(id).forEach(line -> contacts.add(new ContactEntry(line.contactedAt(),
                line.channel(), line.subject(), line.campaignId() != null ? "campaign #" + line.campaignId()
                        : line.recordedBy(), line.outcome().name())));
        em.createQuery("select n.createdAt, n.kind, n.body, n.createdBy from CustomerNote n"
                        + " where n.customerId = :id order by n.createdAt desc, n.id desc", Object[].class)
                .setParameter("id", id)
                .setMaxResults(CONTACTS_SHOWN)
                .getResultList()
                .forEach(r -> contacts.add(new ContactEntry((LocalDateTime) r[0], ((NoteKind) r[1]).name(),
                        (String) r[2], (String) r[3], null)));
        contacts.sort(Comparator.comparing(ContactEntry::at).reversed());
        return Optional.of(new CustomerProfile(c, upper.map(Customer::getMemberNo).orElse(null),
                upper.map(Customer::getName).orElse(null), bonusLedger.statement(id), consents,
                List.copyOf(contacts.subList(0, Math.min(contacts.size(), CONTACTS_SHOWN))), fieldValues(id),
                c.getMergedInto() == null ? null
                        : Optional.ofNullable(em.find(Customer.class, c.getMergedInto())).map(Customer::getMemberNo).orElse(null)));
    }

    private Optional<Customer> upper(Customer c) {
        return c.getUpperMemberId() == null ? Optional.empty()
                : Optional.ofNullable(em.find(Customer.class, c.getUpperMemberId()));
    }

    // ---- register and edit (MEM-01) ----

    /**
     * Registers a customer staff met (origin STAFF, no login) with a new member number, and the
     * consents the customer gave, recorded as given to staff.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public Customer register(CustomerForm form, ConsentChoices consents) {
        CustomerData data = checked(form, null);
        if (consents != null) {
            Map<String, String> unreachable = ConsentReach.of(data.email(), data.phone(), data.homePhone(),
                    data.workPhone(), data.address(), data.workAddress()).problems(consents);
            if (!unreachable.isEmpty()) {
                throw new InvalidInputException(unreachable);
            }
        }
        String memberNo = String.valueOf(((Number) em.createNativeQuery("select nextval(member_no_seq)")
                .getSingleResult()).longValue());
        LocalDateTime now = LocalDateTime.now();
        Customer customer = new Customer(memberNo, caller(), now);
        customer.apply(data, caller(), now);
        em.persist(customer);
        em.flush();
        if (consents != null) {
            memberDesk.setConsents(customer.getId(), consents, ConsentSource.STAFF);
        }
        audit.record(caller(), AuditAction.CUSTOMER_CREATED, AuditTarget.MEMBER, memberNo, customer.getName(), null);
        return customer;
    }

    /**
     * Saves the form over the customer. {@code expectedVersion} is the version the form was
     * loaded at (null: don't check): when someone saved in between, nothing is saved and the
     * caller is told to reload, instead of one change silently overwriting the other.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public Customer update(long id, Integer expectedVersion, CustomerForm form) {
        Customer customer = live(id);
        if (expectedVersion != null && expectedVersion != customer.getVersion()) {
            throw InvalidInputException.of("version", "error.customer.changedMeanwhile");
        }
        CustomerData data = checked(form, customer);
        Map<String, String> stillNeeded = ConsentReach.of(data.email(), data.phone(), data.homePhone(),
                data.workPhone(), data.address(), data.workAddress())
                .keptBy(new ConsentChoices(customer.isConsentEmail(), customer.isConsentSms(),
                        customer.isConsentDm(), customer.isConsentPhone()));
        if (!stillNeeded.isEmpty()) {
            // a consent without its contact would put the customer in a campaign that cannot reach them
            throw new InvalidInputException(stillNeeded);
        }
        customer.apply(data, caller(), LocalDateTime.now());
        audit.record(caller(), AuditAction.CUSTOMER_UPDATED, AuditTarget.MEMBER, customer.getMemberNo(), null, null);
        em.flush();
        return customer;
    }

    private CustomerData checked(CustomerForm form, Customer self) {
        CustomerData data;
        InvalidInputException invalid = null;
        try {
            data = form.check(LocalDate.now());
        } catch (InvalidInputException e) {
            invalid = e;
            data = null;
        }
        // the upper member is checked too, so one answer lists every problem
        Long upperId = null;
        String upperNo = form.upperMemberNo();
        Map<String, String> errors = new LinkedHashMap<>(invalid == null ? Map.of() : invalid.fieldErrors());
        if (upperNo != null && !upperNo.isBlank() && !errors.containsKey("upperMemberNo")) {
            Optional<Customer> upper = em.createQuery("select c from Customer c where c.memberNo = :no",
                    Customer.class).setParameter("no", upperNo.trim()).getResultStream().findFirst();
            if (upper.isEmpty() || upper.get().isErased()) {
                errors.put("upperMemberNo", "error.customer.upperUnknown");
            } else if (self != null && upper.get().getId().equals(self.getId())) {
                errors.put("upperMemberNo", "error.customer.upperSelf");
            } else {
                upperId = upper.get().getId();
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return data.withUpperMember(upperId);
    }

    /** Opt-in and opt-out per channel as the customer told staff (MEM-06), with date and source 직원 입력. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public ConsentStatement changeConsents(long id, ConsentChoices choices) {
        Customer customer = live(id);
        Map<String, String> unreachable = ConsentReach.of(customer.getEmail(), customer.getPhone(),
                customer.getHomePhone(), customer.getWorkPhone(), customer.getAddress(), customer.getWorkAddress())
                .problems(choices);
        if (!unreachable.isEmpty()) {
            throw new InvalidInputException(unreachable);
        }
        ConsentStatement statement = memberDesk.setConsents(id, choices, ConsentSource.STAFF);
        customer.touch(caller(), LocalDateTime.now());
        return statement;
    }

    /** A note, call or visit on the contact history, stamped with the caller and now. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public void addNote(long id, NoteKind kind, String body) {
        Customer customer = live(id);
        Checks checks = new Checks().required("body", body).maxLength("body", body, CustomerNote.MAX_BODY)
                .that(kind != null, "kind", "error.customer.choice");
        if (PrivacyRules.containsResidentNumber(body)) {
            checks.reject("body", "error.residentNumber");
        }
        checks.throwIfAny();
        LocalDateTime now = LocalDateTime.now();
        em.persist(new CustomerNote(id, kind, body.strip(), caller(), now));
        customer.touch(caller(), now);
    }

    // ---- member card (MEM-01) ----

    /** Issues a new card: a new number (the previous card's number stops being valid). */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public String issueCard(long id) {
        Customer customer = live(id);
        if (!customer.getMemberNo().matches("\\d{1,17}")) {
            throw InvalidInputException.of("card", "error.customer.cardNumber");
        }
        if (customer.getCardIssues() >= MemberCardNumber.MAX_ISSUES) {
            throw InvalidInputException.of("card", "error.customer.cardLimit");
        }
        LocalDateTime now = LocalDateTime.now();
        String cardNo = MemberCardNumber.of(customer.getMemberNo(), customer.getCardIssues() + 1);
        customer.issueCard(cardNo, now);
        customer.touch(caller(), now);
        audit.record(caller(), AuditAction.CUSTOMER_CARD_ISSUED, AuditTarget.MEMBER, customer.getMemberNo(),
                "card " + cardNo, null);
        return cardNo;
    }

    /** The printable card of the customer's current card number, as PDF. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public byte[] cardPdf(long id) {
        Customer customer = existing(id);
        if (customer.isErased() || customer.getCardNo() == null) {
            throw InvalidInputException.of("card", "error.customer.noCard");
        }
        try {
            return MemberCardPdf.render("Market25", customer.getName(), customer.getMemberNo(), customer.getCardNo(),
                    customer.getCardIssuedAt().toLocalDate());
        } catch (MemberCardPdf.NoFontException e) {
            throw InvalidInputException.of("card", "error.customer.cardFont");
        }
    }

    // ---- privacy (MEM-06) ----

    /**
     * Erases the customer's personal data on request (개인정보 보호법 §36): name, contacts,
     * addresses, workplace, profile, user-defined fields, notes, login and imported id are gone,
     * every consent is withdrawn (source ERASURE). The member number, orders, payments and bonus
     * stay, as the law on records of transactions requires; the erasure is in the audit log.
     */
    @RolesAllowed(Roles.ADMIN)
    public void erase(long id, String reason) {
        Customer customer = live(id);
        Checks checks = new Checks().maxLength("reason", reason, 200);
        if (PrivacyRules.containsResidentNumber(reason)) {
            checks.reject("reason", "error.residentNumber");
        }
        checks.throwIfAny();
        String memberNo = customer.getMemberNo();
        customer.erase(caller(), LocalDateTime.now());
        em.flush();
        // the login and password belong to the storefront's Member mapping of the row
        em.createNativeQuery("update member set login_id = null, password_hash = null where id = ?1")
                .setParameter(1, id).executeUpdate();
        memberDesk.setConsents(id, new ConsentChoices(false, false, false, false), ConsentSource.ERASURE);
        em.createNativeQuery("delete from customer_field_value where customer_id = ?1").setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("delete from customer_note where customer_id = ?1").setParameter(1, id)
                .executeUpdate();
        audit.record(caller(), AuditAction.CUSTOMER_ERASED, AuditTarget.MEMBER, memberNo,
                reason == null || reason.isBlank() ? null : reason.strip(), null);
    }

    /**
     * Everything the database holds about the person (a data subject's request for their data,
     * 개인정보 보호법 §35), for 운영자 only; every export is in the audit log.
     */
    @RolesAllowed(Roles.ADMIN)
    public CustomerProfile exportPersonalData(long id) {
        CustomerProfile profile = profile(id).orElseThrow(() -> InvalidInputException.of("id", "error.api.notFound"));
        audit.record(caller(), AuditAction.CUSTOMER_EXPORTED, AuditTarget.MEMBER, profile.customer().getMemberNo(),
                null, null);
        return profile;
    }

    // ---- user-defined fields (MEM-05) ----

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.ORDERS, Roles.READONLY})
    public List<FieldDefinition> fields(boolean activeOnly) {
        // one reader for this desk and for segments (FieldDefinitions); inside a transaction, this
        // desk's pending field changes are written first, as a query would have flushed them
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        return em.unwrap(Session.class).doReturningWork(c -> FieldDefinitions.read(c, activeOnly));
    }

    /**
     * Defines a field. {@code optionsText} lists a code-list field's choices, one a line, as
     * {@code code=label} or just {@code label} (then the label is the code).
     */
    @RolesAllowed(Roles.ADMIN)
    public FieldDefinition defineField(String code, String label, String type, String optionsText) {
        Checks checks = new Checks().required("code", code).required("label", label).required("type", type)
                .maxLength("label", label, 60);
        if (!checks.has("code") && !FIELD_CODE.matcher(code.trim()).matches()) {
            checks.reject("code", "error.field.code");
        }
        FieldType fieldType = null;
        if (!checks.has("type")) {
            try {
                fieldType = FieldType.valueOf(type.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                checks.reject("type", "error.customer.choice");
            }
        }
        List<FieldDefinition.FieldOption> options = new ArrayList<>();
        if (fieldType == FieldType.CODE) {
            options = parseOptions(optionsText, checks);
        }
        if (!checks.has("code") && !em.createQuery("select f.id from CustomerField f where f.code = :c", Long.class)
                .setParameter("c", code.trim()).getResultList().isEmpty()) {
            checks.reject("code", "error.field.codeTaken");
        }
        checks.throwIfAny();
        int order = em.createQuery("select coalesce(max(f.sortOrder), 0) from CustomerField f", Integer.class)
                .getSingleResult() + 10;
        CustomerField field = new CustomerField(code.trim(), label.strip(), fieldType, order, caller(),
                LocalDateTime.now());
        em.persist(field);
        em.flush();
        int i = 0;
        for (FieldDefinition.FieldOption option : options) {
            em.createNativeQuery("insert into customer_field_option (field_id, code, label, sort_order)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, field.getId()).setParameter(2, option.code()).setParameter(3, option.label())
                    .setParameter(4, i++).executeUpdate();
        }
        audit.record(caller(), AuditAction.CUSTOMER_FIELD_DEFINED, AuditTarget.CUSTOMER_FIELD, field.getCode(),
                field.getLabel() + " (" + fieldType + ")", null);
        return new FieldDefinition(field.getId(), field.getCode(), field.getLabel(), fieldType, true,
                List.copyOf(options));
    }

    private static List<FieldDefinition.FieldOption> parseOptions(String text, Checks checks) {
        List<FieldDefinition.FieldOption> options = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int eq = line.indexOf('=');
                String code = (eq < 0 ? line : line.substring(0, eq)).strip();
                String label = (eq < 0 ? line : line.substring(eq + 1)).strip();
                if (!OPTION_CODE.matcher(code).matches() && eq >= 0) {
                    checks.reject("options", "error.field.optionCode");
                } else if (eq < 0 && code.codePointCount(0, code.length()) > 30) {
                    checks.reject("options", "error.field.optionCode");
                } else if (label.isEmpty() || label.codePointCount(0, label.length()) > 60) {
                    checks.reject("options", "error.field.optionLabel");
                } else if (!seen.add(code)) {
                    checks.reject("options", "error.field.optionTwice");
                } else {
                    options.add(new FieldDefinition.FieldOption(code, label));
                }
            }
        }
        if (options.isEmpty()) {
            checks.reject("options", "error.field.noOptions");
        } else if (options.size() > MAX_OPTIONS) {
            checks.reject("options", "error.field.tooManyOptions");
        }
        return options;
    }

    /** A field no longer offered (its values stay for segments and history) or offered again. */
    @RolesAllowed(Roles.ADMIN)
    public void setFieldActive(long fieldId, boolean active) {
        CustomerField field = em.find(CustomerField.class, fieldId);
        if (field == null) {
            throw InvalidInputException.of("field", "error.api.notFound");
        }
        field.setActive(active);
        audit.record(caller(), AuditAction.CUSTOMER_FIELD_CHANGED, AuditTarget.CUSTOMER_FIELD, field.getCode(),
                active ? "active" : "inactive", null);
    }

    /**
     * Fills in user-defined fields by code: a blank value removes it. Every value is checked
     * against its field's type first; one wrong value saves nothing.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public void setFieldValues(long id, Map<String, String> valuesByCode) {
        Customer customer = live(id);
        Map<String, FieldDefinition> byCode = new HashMap<>();
        fields(true).forEach(f -> byCode.put(f.code(), f));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<FieldDefinition, TypedValue> parsed = new LinkedHashMap<>();
        valuesByCode.forEach((code, text) -> {
            FieldDefinition field = byCode.get(code);
            if (field == null) {
                errors.put("field." + code, "error.field.unknown");
                return;
            }
            try {
                parsed.put(field, TypedValue.parse(field, text));
            } catch (TypedValue.Refused e) {
                errors.put("field." + code, e.messageKey);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDateTime now = LocalDateTime.now();
        parsed.forEach((field, value) -> {
            if (value == null) {
                em.createNativeQuery("delete from customer_field_value where customer_id = ?1 and field_id = ?2")
                        .setParameter(1, id).setParameter(2, field.id()).executeUpdate();
            } else {
                em.createNativeQuery("insert into customer_field_value (customer_id, field_id, text_value,"
                                + " number_value, date_value, code_value, updated_by, updated_at)"
                                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on duplicate key update"
                                + " text_value = values(text_value), number_value = values(number_value),"
                                + " date_value = values(date_value), code_value = values(code_value),"
                                + " updated_by = values(updated_by), updated_at = values(updated_at)")
                        .setParameter(1, id).setParameter(2, field.id()).setParameter(3, value.text())
                        .setParameter(4, value.number()).setParameter(5, value.date()).setParameter(6, value.code())
                        .setParameter(7, caller()).setParameter(8, now).executeUpdate();
            }
        });
        customer.touch(caller(), now);
    }

    private List<FieldValue> fieldValues(long id) {
        Map<Long, Object[]> values = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select field_id, text_value, number_value, date_value,"
                + " code_value, updated_by, updated_at from customer_field_value where customer_id = ?1")
                .setParameter(1, id).getResultList();
        rows.forEach(r -> values.put(((Number) r[0]).longValue(), r));
        List<FieldValue> out = new ArrayList<>();
        for (FieldDefinition field : fields(true)) {
            Object[] r = values.get(field.id());
            if (r == null) {
                out.add(new FieldValue(field, null, null, null, null));
                continue;
            }
            TypedValue v = new TypedValue((String) r[1], r[2] == null ? null : ((BigDecimal) r[2]).stripTrailingZeros(),
                    date(r[3]), (String) r[4]);
            String text = v.asText();
            out.add(new FieldValue(field, text, field.type() == FieldType.CODE ? field.labelOf(text) : text,
                    (String) r[5], dateTime(r[6])));
        }
        return out;
    }

    // ---- helpers ----

    private Customer existing(long id) {
        Customer c = em.find(Customer.class, id);
        if (c == null) {
            throw InvalidInputException.of("id", "error.api.notFound");
        }
        return c;
    }

    /** The customer, locked for this change; an erased customer cannot be changed any more. */
    private Customer live(long id) {
        Customer c = em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw InvalidInputException.of("id", "error.api.notFound");
        }
        if (c.isErased()) {
            throw InvalidInputException.of("id", "error.customer.erased");
        }
        return c;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static LocalDateTime dateTime(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }
}
