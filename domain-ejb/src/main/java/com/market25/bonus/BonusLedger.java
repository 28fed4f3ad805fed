package com.market25.bonus;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import com.market25.member.Member;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.OrderCompleted;
import com.market25.ordering.OrderLine;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Bonus points (BON-01, BON-02, BON-04): credited on 주문완료, settled at closing. */
@Stateless
public class BonusLedger {

    @PersistenceContext
    private EntityManager em;

    /**
     * Credits the buyer's discount bonus and the upper member's sponsor bonus as unsettled, in
     * the transaction that completes the order.
     */
    @PermitAll
    public void credit(@Observes OrderCompleted event) {
        CustomerOrder order = em.find(CustomerOrder.class, event.orderId());
        BigDecimal discount = BigDecimal.ZERO;
        BigDecimal sponsor = BigDecimal.ZERO;
        for (OrderLine line : order.getLines()) {
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
     * Settles every unsettled credit earned up to the given day, in one statement; a second
     * run for the same day finds nothing left and changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public int settleUpTo(LocalDate businessDate) {
        return em.createNativeQuery("update bonus_entry set settled = true, settled_on = ?1"
                        + " where settled = false and earned_on <= ?1 and kind <> 'USED'")
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
        BigDecimal discount = BigDecimal.ZERO;
        BigDecimal sponsor = BigDecimal.ZERO;
        BigDecimal used = BigDecimal.ZERO;
        BigDecimal unsettled = BigDecimal.ZERO;
        for (var line : lines) {
            switch (line.kind()) {
                case DISCOUNT -> discount = discount.add(line.amount());
                case SPONSOR -> sponsor = sponsor.add(line.amount());
                case USED -> used = used.add(line.amount());
            }
            if (line.kind() != BonusKind.USED && !line.settled()) {
                unsettled = unsettled.add(line.amount());
            }
        }
        return new BonusStatement(discount, sponsor, used, unsettled, lines);
    }
}
