package com.market25.payment;

import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.staff.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * 카드 할부 (card installments, PAY-01): the plans per card company staff keep (months allowed,
 * interest-free months, valid from/to), and what the checkout offers and accepts by
 * {@link InstallmentRule}. The plan with the latest start that covers the day applies.
 */
@Stateless
public class InstallmentPlans {

    @PersistenceContext
    private EntityManager em;

    /** Every plan, newest first per card company. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    public List<InstallmentPlanView> plans() {
        Map<Long, SortedMap<Integer, Boolean>> months = new HashMap<>();
        List<Object[]> monthRows = em.createNativeQuery("select plan_id, months, interest_free from installment_plan_month")
                .getResultList();
        for (Object[] r : monthRows) {
            months.computeIfAbsent(((Number) r[0]).longValue(), k -> new TreeMap<>())
                    .put(((Number) r[1]).intValue(), bool(r[2]));
        }
        List<Object[]> rows = em.createNativeQuery("select id, card_company, valid_from, valid_to, updated_at, updated_by"
                + " from installment_plan order by card_company, valid_from desc").getResultList();
        List<InstallmentPlanView> list = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            list.add(new InstallmentPlanView(id, CardCompany.valueOf((String) r[1]), date(r[2]), date(r[3]),
                    months.getOrDefault(id, new TreeMap<>()), ((Timestamp) r[4]).toLocalDateTime(), (String) r[5]));
        }
        return list;
    }

    /** Adds or changes a plan; two plans of a card company may not start the same day. */
    @RolesAllowed(Roles.ADMIN)
    public long save(InstallmentPlanForm form, String by) {
        Checks checks = new Checks();
        form.check(checks);
        checks.throwIfAny();
        Number clash = (Number) em.createNativeQuery("select count(*) from installment_plan where card_company = ?1"
                        + " and valid_from = ?2 and id <> ?3")
                .setParameter(1, form.company().name()).setParameter(2, Date.valueOf(form.validFrom()))
                .setParameter(3, form.id() == null ? -1L : form.id()).getSingleResult();
        if (clash.longValue() > 0) {
            throw InvalidInputException.of("validFrom", "error.installmentPlan.sameStart");
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        long id;
        if (form.id() == null) {
            em.createNativeQuery("insert into installment_plan (card_company, valid_from, valid_to, updated_at, updated_by)"
                            + " values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, form.company().name()).setParameter(2, Date.valueOf(form.validFrom()))
                    .setParameter(3, form.validTo() == null ? null : Date.valueOf(form.validTo()))
                    .setParameter(4, now).setParameter(5, by).executeUpdate();
            id = ((Number) em.createNativeQuery("select id from installment_plan where card_company = ?1 and valid_from = ?2")
                    .setParameter(1, form.company().name()).setParameter(2, Date.valueOf(form.validFrom()))
                    .getSingleResult()).longValue();
        } else {
            id = form.id();
            int changed = em.createNativeQuery("update installment_plan set card_company = ?1, valid_from = ?2,"
                            + " valid_to = ?3, updated_at = ?4, updated_by = ?5 where id = ?6")
                    .setParameter(1, form.company().name()).setParameter(2, Date.valueOf(form.validFrom()))
                    .setParameter(3, form.validTo() == null ? null : Date.valueOf(form.validTo()))
                    .setParameter(4, now).setParameter(5, by).setParameter(6, id).executeUpdate();
            if (changed == 0) {
                throw InvalidInputException.of("id", "error.installmentPlan.unknown");
            }
            em.createNativeQuery("delete from installment_plan_month where plan_id = ?1").setParameter(1, id)
                    .executeUpdate();
        }
        Set<Integer> free = form.freeMonths();
        for (int months : form.allowedMonths()) {
            em.createNativeQuery("insert into installment_plan_month (plan_id, months, interest_free) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, months).setParameter(3, free.contains(months))
                    .executeUpdate();
        }
        return id;
    }

    @RolesAllowed(Roles.ADMIN)
    public void delete(long planId) {
        em.createNativeQuery("delete from installment_plan where id = ?1").setParameter(1, planId).executeUpdate();
    }

    /** The months (→ interest-free) the card company allows on {@code day}; empty = 일시불 only. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @PermitAll
    public SortedMap<Integer, Boolean> planOf(CardCompany company, LocalDate day) {
        return plansOn(day).getOrDefault(company, new TreeMap<>());
    }

    /** What the checkout offers per card company for this amount on {@code day}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @PermitAll
    public Map<CardCompany, List<InstallmentOption>> offers(BigDecimal amount, LocalDate day) {
        Map<CardCompany, SortedMap<Integer, Boolean>> plans = plansOn(day);
        Map<CardCompany, List<InstallmentOption>> offers = new LinkedHashMap<>();
        for (CardCompany company : CardCompany.values()) {
            offers.put(company, InstallmentRule.offer(amount, plans.getOrDefault(company, new TreeMap<>())));
        }
        return offers;
    }

    /** The plan of each card company that applies on the day (latest start covering it), one query. */
    private Map<CardCompany, SortedMap<Integer, Boolean>> plansOn(LocalDate day) {
        List<Object[]> rows = em.createNativeQuery("select p.card_company, m.months, m.interest_free"
                        + " from installment_plan p join installment_plan_month m on m.plan_id = p.id"
                        + " where p.valid_from <= ?1 and (p.valid_to is null or p.valid_to >= ?1)"
                        + " and not exists (select 1 from installment_plan q where q.card_company = p.card_company"
                        + "   and q.valid_from > p.valid_from and q.valid_from <= ?1"
                        + "   and (q.valid_to is null or q.valid_to >= ?1))")
                .setParameter(1, Date.valueOf(day)).getResultList();
        Map<CardCompany, SortedMap<Integer, Boolean>> plans = new EnumMap<>(CardCompany.class);
        for (Object[] r : rows) {
            CardCompany company;
            try {
                company = CardCompany.valueOf((String) r[0]);
            } catch (IllegalArgumentException e) {
                continue;
            }
            plans.computeIfAbsent(company, k -> new TreeMap<>()).put(((Number) r[1]).intValue(), bool(r[2]));
        }
        return plans;
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
