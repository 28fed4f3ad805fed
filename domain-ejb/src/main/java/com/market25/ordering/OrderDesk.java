package com.market25.ordering;

import com.market25.catalog.Catalog;
import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.member.Member;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Orders and slips (ORD-01, ORD-02, SET-03): taking an order at server-side prices, moving it
 * through its life cycle, and the lists staff and customers look at.
 */
@Stateless
public class OrderDesk {

    private static final String SLIP_ROW = "select new com.market25.ordering.SlipRow(o.id, o.slipNo, o.status,"
            + " o.orderedAt, o.paidAt, o.completedAt, o.staffLogin, o.branchCode, o.channel, o.totalAmount,"
            + " m.memberNo, m.name) from CustomerOrder o join o.member m ";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Catalog catalog;

    @Inject
    private Event<OrderCompleted> completed;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PricedCart quote(Cart cart) {
        return CartPricing.price(cart, catalog.productsByCode(cart.quantities().keySet()));
    }

    /**
     * Takes the order in 주문접수 and reserves its stock. Prices come from the catalog at this
     * moment; the cart carries none.
     */
    public OrderPlaced placeOrder(long memberId, Cart cart, Recipient recipient, Channel channel,
            String staffLogin, String branchCode) {
        Checks checks = new Checks();
        recipient.check(checks);
        PricedCart priced = quote(cart);
        checks.that(!priced.isEmpty(), "cart", "error.cartEmpty");
        checks.that(priced.allAvailable(), "cart", "error.outOfStock");
        checks.throwIfAny();

        for (PricedLine line : priced.lines()) {
            if (!catalog.reserveStock(line.productId(), line.quantity())) {
                throw InvalidInputException.of("cart", "error.outOfStock");
            }
        }
        long sequence = ((Number) em.createNativeQuery("select nextval(slip_no_seq)").getSingleResult()).longValue();
        Member member = em.getReference(Member.class, memberId);
        var order = new CustomerOrder(CustomerOrder.slipNumber(sequence), member, channel, staffLogin, branchCode,
                recipient, priced, LocalDateTime.now());
        em.persist(order);
        return new OrderPlaced(order.getId(), order.getSlipNo(), order.getTotalAmount());
    }

    /** Staff moves a slip on (배송지시, 배송완료, 주문완료); the move is recorded with their login. */
    public OrderStatus move(String slipNo, OrderStatus target, String staffLogin) {
        CustomerOrder order = lockedBySlip(slipNo)
                .orElseThrow(() -> InvalidInputException.of("slipNo", "error.orderUnknown"));
        LocalDateTime now = LocalDateTime.now();
        order.moveTo(target, staffLogin, now);
        if (target == OrderStatus.COMPLETED) {
            completed.fire(new OrderCompleted(order.getId(), order.getSlipNo(), order.getMember().getId(),
                    now.toLocalDate()));
        }
        return order.getStatus();
    }

    /** Called once the payment is complete; refuses a second time, so it runs exactly once. */
    public void markPaid(long orderId, String by) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        order.moveTo(OrderStatus.PAID, by, LocalDateTime.now());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SlipRow> ordersOf(long memberId) {
        return em.createQuery(SLIP_ROW + "where m.id = :member order by o.orderedAt desc, o.id desc", SlipRow.class)
                .setParameter("member", memberId)
                .setMaxResults(200)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SlipRow> slips(SlipQuery query) {
        StringBuilder jpql = new StringBuilder(SLIP_ROW).append("where o.orderedAt >= :from and o.orderedAt < :to");
        if (query.status() != null) {
            jpql.append(" and o.status = :status");
        }
        if (query.branchCode() != null && !query.branchCode().isBlank()) {
            jpql.append(" and o.branchCode = :branch");
        }
        jpql.append(" order by o.slipNo desc");
        var q = em.createQuery(jpql.toString(), SlipRow.class)
                .setParameter("from", query.from().atStartOfDay())
                .setParameter("to", query.to().plusDays(1).atStartOfDay())
                .setMaxResults(1000);
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.branchCode() != null && !query.branchCode().isBlank()) {
            q.setParameter("branch", query.branchCode().trim());
        }
        return q.getResultList();
    }

    /** Runs in a transaction so the lines and status history load with the order. */
    public Optional<OrderDetail> detail(String slipNo) {
        return em.createQuery("select o from CustomerOrder o join fetch o.member m left join fetch m.upperMember"
                        + " where o.slipNo = :slip", CustomerOrder.class)
                .setParameter("slip", slipNo)
                .getResultStream()
                .findFirst()
                .map(OrderDesk::toDetail);
    }

    /** The customer's own order only: another member's slip number finds nothing. */
    public Optional<OrderDetail> detailFor(long memberId, String slipNo) {
        return detail(slipNo).filter(d -> d.memberId() == memberId);
    }

    private Optional<CustomerOrder> lockedBySlip(String slipNo) {
        return em.createQuery("select o from CustomerOrder o where o.slipNo = :slip", CustomerOrder.class)
                .setParameter("slip", slipNo)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private static OrderDetail toDetail(CustomerOrder o) {
        Member m = o.getMember();
        Member upper = m.getUpperMember();
        var lines = o.getLines().stream()
                .map(l -> new OrderDetail.Line(l.getLineNo(), l.getProductCode(), l.getProductName(),
                        l.getQuantity(), l.getUnitPrice(), l.getLineAmount(), l.getStatus()))
                .toList();
        var changes = o.getChanges().stream()
                .map(c -> new OrderDetail.Change(c.getFromStatus(), c.getToStatus(), c.getChangedBy(),
                        c.getChangedAt()))
                .toList();
        return new OrderDetail(o.getId(), o.getSlipNo(), o.getOrderedAt(), o.getTotalAmount(), o.getStatus(),
                o.getChannel(), o.getStaffLogin(), o.getBranchCode(), m.getId(), m.getMemberNo(), m.getName(),
                m.getType(), upper == null ? null : upper.getMemberNo(), upper == null ? null : upper.getName(),
                upper == null ? null : upper.getType(), lines, o.getRecipient(), changes);
    }
}
