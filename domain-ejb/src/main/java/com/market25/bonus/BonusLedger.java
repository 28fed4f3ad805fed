package com.market25.bonus;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import com.market25.common.InvalidInputException;
import com.market25.member.Member;
import com.market25.ordering.BonusSpent;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.OrderCompleted;
import com.market25.ordering.OrderLine;
import com.market25.ordering.UnpaidOrdersCancelled;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Bonus points (BON-01, BON-02, BON-04): credited on 주문완료, settled at closing, spent at
 * checkout, given back by cancels and returns. Every entry is positive; its kind says whether it
 * adds or takes ({@link BonusKind#sign()}).
 */
@Stateless
public class BonusLedger {

    @PersistenceContext
    private EntityManager em;

    /**
     * Credits the buyer's discount bonus and the upper member's sponsor bonus as unsettled, in
     * the transaction that completes the order. Items cancelled or returned before earn nothing.
     */
    @PermitAll
    public void credit(@Observes OrderCompleted event) {
        CustomerOrder order = em.find(CustomerOrder.class, event.orderId());
        BigDecimal discount = BigDecimal.ZERO;
        BigDecimal sponsor = BigDecimal.ZERO;
        for (OrderLine line : order.getLines()) {
            if (line.getItemState().isGone()) {
                continue;
            }
            discount = discount.add(line.getDiscountBonus());
            sponsor = sponsor.add(line.getSponsorBonus());
        }
        Member buyer = order.getMember();
        if (discount.signum() > 0) {
            em.persist(new BonusEntry(buyer, order, BonusKind.DISCOUNT, discount, event.completedOn()));
        }
        Member upper = buyer.getUpperMember();
        if (upper != null && sponsor.signum() > 0) {
            em.persist(new BonusEntry(upper, order, BonusKind.SPONSOR, sponsor, event.completedOn()));
        }
    }

    /**
     * BON-04 use at checkout, in the transaction that takes the order: the member's row is
     * locked, so two checkouts at once never spend the same bonus twice.
     *
     * @throws InvalidInputException {@code bonusToUse} / {@code error.bonusNotEnough} for more than
     *         is usable now (the order is rolled back with it)
     */
    @PermitAll
    public void spend(@Observes BonusSpent event) {
        em.createNativeQuery("select id from member where id = ?1 for update")
                .setParameter(1, event.memberId())
                .getResultList();
        // a locking read: the latest committed entries, not the snapshot this transaction began with
        Number usable = (Number) em.createNativeQuery("select coalesce(sum(case when kind in ('DISCOUNT', 'SPONSOR',"
                        + " 'USED_BACK') then amount else -amount end), 0) - coalesce(sum(case when settled then 0"
                        + " when kind in ('DISCOUNT', 'SPONSOR') then amount when kind in ('DISCOUNT_BACK', 'SPONSOR_BACK')"
                        + " then -amount else 0 end), 0) from bonus_entry where member_id = ?1 for update")
                .setParameter(1, event.memberId())
                .getSingleResult();
        if (event.amount().compareTo(new BigDecimal(usable.toString())) > 0) {
            throw InvalidInputException.of("bonusToUse", "error.bonusNotEnough");
        }
        em.persist(new BonusEntry(em.getReference(Member.class, event.memberId()),
                em.getReference(CustomerOrder.class, event.orderId()), BonusKind.USED, event.amount(), LocalDate.now()));
    }

    /** Unpaid orders cancelled (customer, staff, expiry): the bonus spent on them and not yet given back. */
    @PermitAll
    public void giveBackUnpaid(@Observes UnpaidOrdersCancelled event) {
        em.createNativeQuery("insert into bonus_entry (member_id, order_id, kind, amount, earned_on, settled,"
                        + " created_at, ref) select member_id, id, 'USED_BACK', bonus_used - bonus_returned, ?1, false,"
                        + " ?2, 'CANCEL' from customer_order where id in (?3) and bonus_used > bonus_returned")
                .setParameter(1, LocalDate.now())
                .setParameter(2, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now()))
                .setParameter(3, event.orderIds())
                .executeUpdate();
    }

    /**
     * Gives spent bonus back for a refund ({@code ref} names it; written once per refund), in the
     * caller's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public void giveBack(long memberId, long orderId, BigDecimal amount, String ref) {
        if (amount.signum() <= 0 || exists(orderId, memberId, BonusKind.USED_BACK, ref)) {
            return;
        }
        em.persist(new BonusEntry(em.getReference(Member.class, memberId), em.getReference(CustomerOrder.class, orderId),
                BonusKind.USED_BACK, amount, LocalDate.now(), ref, null));
    }

    /**
     * Takes back bonus earned on refunded items (their discount bonus from the buyer, their
     * sponsor bonus from the upper member), if it was credited (주문완료); an order not completed
     * yet credits only the items it keeps. A reversal of an unsettled credit is unsettled with the
     * same date (they settle together); of a settled one, settled at once.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public void reverseEarned(long orderId, BigDecimal discount, BigDecimal sponsor, String ref) {
        reverse(orderId, BonusKind.DISCOUNT, BonusKind.DISCOUNT_BACK, discount, ref);
        reverse(orderId, BonusKind.SPONSOR, BonusKind.SPONSOR_BACK, sponsor, ref);
    }

    private void reverse(long orderId, BonusKind credit, BonusKind back, BigDecimal amount, String ref) {
        if (amount.signum() <= 0) {
            return;
        }
        List<BonusEntry> credits = em.createQuery("select b from BonusEntry b where b.order.id = :order and b.kind = :kind",
                        BonusEntry.class)
                .setParameter("order", orderId)
                .setParameter("kind", credit)
                .getResultList();
        for (BonusEntry c : credits) {
            if (exists(orderId, c.getMember().getId(), back, ref)) {
                continue;
            }
            em.persist(new BonusEntry(c.getMember(), em.getReference(CustomerOrder.class, orderId), back,
                    amount.min(c.getAmount()), c.getEarnedOn(), ref, c.isSettled() ? LocalDate.now() : null));
        }
    }

    private boolean exists(long orderId, long memberId, BonusKind kind, String ref) {
        return !em.createQuery("select b.id from BonusEntry b where b.order.id = :order and b.member.id = :member"
                        + " and b.kind = :kind and b.ref = :ref", Long.class)
                .setParameter("order", orderId)
                .setParameter("member", memberId)
                .setParameter("kind", kind)
                .setParameter("ref", ref)
                .getResultList().isEmpty();
    }

    /**
     * Settles every unsettled credit (and reversal) earned up to the given day, in one statement;
     * a second run for the same day finds nothing left and changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public int settleUpTo(LocalDate businessDate) {
        return em.createNativeQuery("update bonus_entry set settled = true, settled_on = ?1"
                        + " where settled = false and earned_on <= ?1 and kind not in ('USED', 'USED_BACK')")
                .setParameter(1, businessDate)
                .executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.ORDERS, Roles.MARKETING, Roles.READONLY})
    public BonusStatement statement(long memberId) {
        List<BonusLine> lines = em.createQuery("select new com.market25.bonus.BonusLine("
                        + "b.earnedOn, b.kind, b.amount, o.slipNo, b.settled, b.settledOn)"
                        + " from BonusEntry b left join b.order o where b.member.id = :member"
                        + " order by b.earnedOn desc, b.id desc", BonusLine.class)
                .setParameter("member", memberId)
                .getResultList();
        return BonusStatement.of(lines);
    }
}
