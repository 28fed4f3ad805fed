package com.market25.ordering;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of orders for the logistics desk (DLV-01): the paid orders to ship (입금완료 not yet
 * instructed) and those instructed, by paid date and branch, a page at a time on millions of
 * slips (index {@code ix_order_status_paid}); and the state of given slips. Moves stay with
 * {@link OrderDesk#move}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DeliveryTargets {

    /** Most rows one read hands out (a printed list, a PDF). */
    public static final int MAX_ROWS = 5_000;

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public long count(DeliveryTargetQuery query) {
        Query q = em.createNativeQuery("select count(*) from customer_order o" + where(query));
        bind(q, query);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Oldest payment first (ship in the order customers paid), then slip number. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public List<DeliveryTarget> page(DeliveryTargetQuery query, int first, int size) {
        // the page's ids from the index first, then those rows and their lines: two short reads
        Query ids = em.createNativeQuery("select o.id from customer_order o" + where(query)
                + " order by o.paid_at, o.slip_no limit :size offset :first");
        bind(ids, query);
        ids.setParameter("size", Math.min(Math.max(1, size), MAX_ROWS));
        ids.setParameter("first", Math.max(0, first));
        List<Long> orderIds = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (orderIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select o.id, o.slip_no, o.status, o.paid_at, o.delivery_instructed_at,"
                        + " o.branch_code, m.member_no, m.name, o.recipient_name, o.recipient_phone, o.recipient_postal_code,"
                        + " o.recipient_address, o.delivery_note, o.total_amount from customer_order o"
                        + " join member m on m.id = o.member_id where o.id in (?1)")
                .setParameter(1, orderIds)
                .getResultList();
        Map<Long, Object[]> lines = new HashMap<>();
        List<Object[]> lineRows = em.createNativeQuery("select order_id, count(*), sum(quantity),"
                        + " max(case when line_no = 1 then product_name end) from order_line"
                        + " where order_id in (?1) group by order_id")
                .setParameter(1, orderIds)
                .getResultList();
        for (Object[] l : lineRows) {
            lines.put(((Number) l[0]).longValue(), l);
        }
        Map<Long, DeliveryTarget> byId = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            Object[] l = lines.getOrDefault(id, new Object[] {id, 0, 0, null});
            byId.put(id, new DeliveryTarget(id, (String) r[1], OrderStatus.valueOf((String) r[2]), time(r[3]),
                    time(r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                    (String) r[10], (String) r[11], (String) r[12], (String) l[3], ((Number) l[1]).intValue(),
                    ((Number) l[2]).intValue(), (BigDecimal) r[13]));
        }
        List<DeliveryTarget> ordered = new ArrayList<>(orderIds.size());
        orderIds.forEach(id -> {
            DeliveryTarget t = byId.get(id);
            if (t != null) {
                ordered.add(t);
            }
        });
        return ordered;
    }

    /** The state of each of these slips that exists (unknown slips are left out), by slip number. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY, Roles.CUSTOMER})
    public Map<String, OrderState> states(Collection<String> slipNos) {
        Map<String, OrderState> states = new HashMap<>();
        if (slipNos.isEmpty()) {
            return states;
        }
        List<String> all = new ArrayList<>(slipNos);
        for (int i = 0; i < all.size(); i += 1000) {
            List<Object[]> rows = em.createNativeQuery("select o.id, o.slip_no, o.member_id, o.status,"
                            + " (select count(*) from order_line l where l.order_id = o.id)"
                            + " from customer_order o where o.slip_no in (?1)")
                    .setParameter(1, all.subList(i, Math.min(all.size(), i + 1000)))
                    .getResultList();
            for (Object[] r : rows) {
                states.put((String) r[1], new OrderState(((Number) r[0]).longValue(), (String) r[1],
                        ((Number) r[2]).longValue(), OrderStatus.valueOf((String) r[3]), ((Number) r[4]).intValue()));
            }
        }
        return states;
    }

    private static String where(DeliveryTargetQuery query) {
        StringBuilder sql = new StringBuilder(" where o.status = :status");
        if (query.from() != null) {
            sql.append(" and o.paid_at >= :from");
        }
        if (query.to() != null) {
            sql.append(" and o.paid_at < :to");
        }
        if (query.branchCode() != null) {
            sql.append(" and o.branch_code = :branch");
        }
        if (query.slipNo() != null) {
            sql.append(" and o.slip_no = :slip");
        }
        return sql.toString();
    }

    private static void bind(Query q, DeliveryTargetQuery query) {
        q.setParameter("status", query.status().name());
        if (query.from() != null) {
            q.setParameter("from", Timestamp.valueOf(query.from().atStartOfDay()));
        }
        if (query.to() != null) {
            q.setParameter("to", Timestamp.valueOf(query.to().plusDays(1).atStartOfDay()));
        }
        if (query.branchCode() != null) {
            q.setParameter("branch", query.branchCode());
        }
        if (query.slipNo() != null) {
            q.setParameter("slip", query.slipNo());
        }
    }

    private static LocalDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
