package com.market25.ordering;

import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Staff notes on an order (issue 10 §3, the staff order detail): a note is added with who and
 * when and listed newest first; it is a record of a contact, so it is never edited or deleted.
 */
@Stateless
public class OrderNotes {

    public static final int BODY_MAX = 1000;

    @PersistenceContext
    private EntityManager em;

    /**
     * @throws InvalidInputException {@code body} / {@code error.required} or
     *         {@code error.note.tooLong}; {@code slipNo} / {@code error.orderUnknown}
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public OrderNote add(String slipNo, String body, String staffLogin) {
        String text = body == null ? null : body.strip();
        Checks checks = new Checks();
        checks.required("body", text);
        checks.that(text == null || text.length() <= BODY_MAX, "body", "error.note.tooLong");
        checks.throwIfAny();
        long orderId = orderId(slipNo);
        LocalDateTime now = LocalDateTime.now();
        em.createNativeQuery("insert into order_note (order_id, body, written_by, written_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, orderId)
                .setParameter(2, text)
                .setParameter(3, staffLogin)
                .setParameter(4, Timestamp.valueOf(now))
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        return new OrderNote(id, text, staffLogin, now);
    }

    /** The order's notes, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public List<OrderNote> of(String slipNo) {
        List<Object[]> rows = em.createNativeQuery("select n.id, n.body, n.written_by, n.written_at from order_note n"
                        + " join customer_order o on o.id = n.order_id where o.slip_no = ?1"
                        + " order by n.written_at desc, n.id desc")
                .setParameter(1, slipNo)
                .getResultList();
        return rows.stream().map(r -> new OrderNote(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                time(r[3]))).toList();
    }

    private long orderId(String slipNo) {
        List<?> ids = em.createNativeQuery("select id from customer_order where slip_no = ?1")
                .setParameter(1, slipNo == null ? "" : slipNo)
                .getResultList();
        if (ids.isEmpty()) {
            throw InvalidInputException.of("slipNo", "error.orderUnknown");
        }
        return ((Number) ids.get(0)).longValue();
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
