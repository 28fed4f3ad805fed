package com.market25.ordering;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
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
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders and slips (ORD-01, ORD-02, SET-03): taking an order at server-side prices, moving it
 * through its life cycle, and the lists staff and customers look at. An unpaid order (주문접수)
 * ends as 주문취소 with its stock back when the customer or staff cancel it or its payment
 * deadline passes ({@link UnpaidOrderExpiry}); never while a payment of it is underway.
 */
@Stateless
public class OrderDesk {

    private static final String SLIP_ROW = "select new com.market25.ordering.SlipRow(o.id, o.slipNo, o.status,"
            + " o.orderedAt, o.paidAt, o.completedAt, o.staffLogin, o.branchCode, o.channel, o.totalAmount,"
            + " m.memberNo, m.name) from CustomerOrder o join o.member m ";

    /** {@code changed_by} of orders the expiry job cancels. */
    public static final String EXPIRY = "SYSTEM:expiry";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Catalog catalog;

    @Inject
    private Event<OrderCompleted> completed;

    @Inject
    private Event<OrderPaid> paid;

    @Inject
    private Event<OrderCancelled> paidOrderCancelled;

    @Inject
    private Event<OrderDeliveryInstructed> deliveryInstructed;

    @Inject
    private Event<BonusSpent> bonusSpent;

    @Inject
    private Event<UnpaidOrdersCancelled> unpaidCancelled;

    @Inject
    private Event<OrderReceived> received;

    @Inject
    private Event<OrderMoved> moved;

    @Inject
    private Event<OrderRefunded> refunded;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @PermitAll
    public PricedCart quote(Cart cart) {
        return CartPricing.price(cart, catalog.productsByCode(cart.quantities().keySet()));
    }

    /**
     * Puts a product into the cart (SHOP-05): only a product the catalog sells, 1..99 of it, at
     * most {@value Cart#MAX_LINES} different products.
     *
     * @throws InvalidInputException {@code code} / {@code error.productUnknown}, or the cart's own
     *         refusals ({@link Cart#add})
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @PermitAll
    public void addToCart(Cart cart, String productCode, int quantity) {
        if (productCode == null || productCode.isBlank() || productCode.length() > 20
                || catalog.product(productCode.trim()).isEmpty()) {
            throw InvalidInputException.of("code", "error.productUnknown");
        }
        cart.add(productCode.trim(), quantity);
    }

    /**
     * Takes the order in 주문접수 and reserves its stock. Prices come from the catalog at this
     * moment; the cart carries none.
     */
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.ORDERS})
    public OrderPlaced placeOrder(long memberId, Cart cart, Recipient recipient, Channel channel,
            String staffLogin, String branchCode) {
        return placeOrder(memberId, cart, recipient, channel, staffLogin, branchCode, null);
    }

    /**
     * As {@link #placeOrder(long, Cart, Recipient, Channel, String, String)}, remembering the
     * checkout form that asked for it.
     *
     * @throws DuplicateCheckoutException when an order was taken with this checkout form already
     *         (nothing of this call remains: no order, no stock taken)
     */
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.ORDERS})
    public OrderPlaced placeOrder(long memberId, Cart cart, Recipient recipient, Channel channel,
            String staffLogin, String branchCode, String checkoutKey) {
        return placeOrder(memberId, cart, recipient, channel, staffLogin, branchCode, checkoutKey, BigDecimal.ZERO);
    }

    /**
     * As {@link #placeOrder(long, Cart, Recipient, Channel, String, String, String)}, paying
     * {@code bonusToUse} of it with the member's usable bonus (BON-04): whole won, at most the
     * order's total; the ledger records the use in this transaction (and refuses more than is
     * usable: nothing is taken then). What is left to pay is the total less the bonus
     * ({@link #lockForPayment}); an order the bonus pays in full is 입금완료 at once, by
     * {@value #BONUS_PAYER}, without a gateway.
     *
     * @throws InvalidInputException {@code bonusToUse} / {@code error.bonusAmount} for a negative,
     *         fractional or too large amount, {@code error.bonusNotEnough} for more than is usable
     */
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.ORDERS})
    public OrderPlaced placeOrder(long memberId, Cart cart, Recipient recipient, Channel channel,
            String staffLogin, String branchCode, String checkoutKey, BigDecimal bonusToUse) {
        BigDecimal bonus = bonusToUse == null ? BigDecimal.ZERO : bonusToUse;
        Checks checks = new Checks();
        checks.that(bonus.signum() >= 0 && bonus.stripTrailingZeros().scale() <= 0, "bonusToUse", "error.bonusAmount");
        recipient.check(checks);
        checks.that(checkoutKey == null || FormKey.isWellFormed(checkoutKey), "checkoutKey", "error.formKey");
        PricedCart priced = quote(cart);
        checks.that(!priced.isEmpty(), "cart", "error.cartEmpty");
        checks.that(priced.allAvailable(), "cart", "error.outOfStock");
        checks.that(checks.has("bonusToUse") || priced.isEmpty() || bonus.compareTo(priced.total()) <= 0,
                "bonusToUse", "error.bonusAmount");
        checks.throwIfAny();

        // products are taken in id order, as releases do: two carts with the same products never deadlock
        for (PricedLine line : priced.lines().stream()
                .sorted(java.util.Comparator.comparingLong(PricedLine::productId)).toList()) {
            if (!catalog.reserveStock(line.productId(), line.quantity())) {
                throw InvalidInputException.of("cart", "error.outOfStock");
            }
        }
        long sequence = ((Number) em.createNativeQuery("select nextval(slip_no_seq)").getSingleResult()).longValue();
        Member member = em.getReference(Member.class, memberId);
        var order = new CustomerOrder(CustomerOrder.slipNumber(sequence), member, channel, staffLogin, branchCode,
                recipient, priced, checkoutKey, LocalDateTime.now());
        try {
            // a second submit of the same form waits here on the unique key until the first commits
            em.persist(order);
            em.flush();
        } catch (PersistenceException e) {
            if (checkoutKey != null && isDuplicateKey(e)) {
                throw new DuplicateCheckoutException(checkoutKey);
            }
            throw e;
        }
        received.fire(new OrderReceived(order.getId(), order.getSlipNo(), memberId, channel));
        boolean paidInFull = false;
        if (bonus.signum() > 0) {
            order.useBonus(bonus);
            bonusSpent.fire(new BonusSpent(order.getId(), order.getSlipNo(), memberId, bonus));
            if (order.amountDue().signum() == 0) {
                paidNow(order, BONUS_PAYER);
                paidInFull = true;
            }
        }
        return new OrderPlaced(order.getId(), order.getSlipNo(), order.getTotalAmount(), paidInFull);
    }

    /** {@code changed_by} of orders the bonus paid in full (BON-04). */
    public static final String BONUS_PAYER = "BONUS";

    /** The slip of the member's order taken with this checkout form, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed(Roles.CUSTOMER)
    public Optional<String> slipOfCheckout(long memberId, String checkoutKey) {
        if (!FormKey.isWellFormed(checkoutKey)) {
            return Optional.empty();
        }
        return em.createQuery("select o.slipNo from CustomerOrder o where o.checkoutKey = :key"
                        + " and o.member.id = :member", String.class)
                .setParameter("key", checkoutKey)
                .setParameter("member", memberId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Locks the member's order for a payment attempt, in the caller's transaction (the payment
     * row that follows and the hold share it).
     *
     * @throws InvalidInputException {@code slipNo} / {@code error.orderUnknown} for a slip that is
     *         not the member's
     * @return the order, or empty when it cannot be paid now (paid, cancelled, a payment underway)
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public Optional<PayableOrder> lockForPayment(long memberId, String slipNo) {
        CustomerOrder order = lockedBySlip(slipNo)
                .filter(o -> o.getMember().getId() == memberId)
                .orElseThrow(() -> InvalidInputException.of("slipNo", "error.orderUnknown"));
        // what is left to pay: lines still sold, less the bonus spent on them (BON-04)
        return order.isPayable()
                ? Optional.of(new PayableOrder(order.getId(), order.getSlipNo(), order.amountDue()))
                : Optional.empty();
    }

    /** A payment attempt of the order starts (the order was locked by {@link #lockForPayment}). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public void holdForPayment(long orderId) {
        em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE).holdForPayment();
    }

    /** The order's payment attempt ended unpaid (declined, cancelled): payable, cancellable again. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public void releasePaymentHold(long orderId) {
        em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE).releasePaymentHold();
    }

    /**
     * A virtual account was issued for the order (무통장입금): it waits for the deposit until
     * {@code deadline} instead of the card deadline, then expires like any unpaid order.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public void awaitDeposit(long orderId, LocalDateTime deadline) {
        em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE).payBy(deadline);
    }

    /** Whether the order is still 주문접수 (waiting for its payment), for payment decisions. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public boolean awaitsPayment(long orderId) {
        return em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE).getStatus()
                == OrderStatus.RECEIVED;
    }

    /**
     * The customer cancels their own unpaid order (주문취소): its stock goes back and the change is
     * recorded with {@code MEMBER:<login>}.
     *
     * @throws InvalidInputException {@code slipNo} / {@code error.orderUnknown} for another member's
     *         slip, {@code error.notCancellable} when it is paid, cancelled or being paid
     */
    @RolesAllowed(Roles.CUSTOMER)
    public void cancelByCustomer(long memberId, String loginId, String slipNo) {
        cancelUnpaid(slipNo, memberId, "MEMBER:" + loginId);
    }

    /** Staff cancel an unpaid order (주문취소), recorded with their login. Same rules as the customer's. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public void cancelByStaff(String slipNo, String staffLogin) {
        cancelUnpaid(slipNo, null, staffLogin);
    }

    private void cancelUnpaid(String slipNo, Long memberId, String by) {
        List<Object[]> rows = em.createNativeQuery("select id, member_id, status, payment_underway"
                        + " from customer_order where slip_no = ?1 for update")
                .setParameter(1, slipNo)
                .getResultList();
        if (rows.isEmpty() || (memberId != null && ((Number) rows.get(0)[1]).longValue() != memberId)) {
            throw InvalidInputException.of("slipNo", "error.orderUnknown");
        }
        Object[] row = rows.get(0);
        boolean underway = row[3] instanceof Boolean b ? b : ((Number) row[3]).intValue() != 0;
        if (!OrderStatus.RECEIVED.name().equals(row[2]) || underway) {
            throw InvalidInputException.of("slipNo", "error.notCancellable");
        }
        cancelLocked(List.of(((Number) row[0]).longValue()), by, LocalDateTime.now());
    }

    /**
     * One batch of the expiry job: cancels up to {@code limit} overdue unpaid orders (주문취소 by
     * {@value #EXPIRY}), gives their stock back and records each change, set-based. A row lock
     * on {@code batch_lock('order-expiry')} makes a second server wait and then find nothing left.
     *
     * @return how many orders this batch cancelled
     */
    @PermitAll
    public int expireOverdue(LocalDateTime now, UnpaidOrderPolicy policy, int limit) {
        em.createNativeQuery("select name from batch_lock where name = 'order-expiry' for update").getResultList();
        Timestamp cutoff = Timestamp.valueOf(policy.cutoff(now));
        // Candidates by a plain read, then row locks by primary key with the conditions checked
        // again: a locking range scan would also lock the gap where new orders are inserted and
        // deadlock with checkouts that hold their products' stock rows.
        // orders with a deadline of their own (pay_by, a virtual account's) expire by it instead
        List<?> candidates = em.createNativeQuery("select id from (select id from customer_order"
                        + " where status = 'RECEIVED' and payment_underway = false and ordered_at < ?1 and pay_by is null"
                        + " union all select id from customer_order where status = 'RECEIVED' and payment_underway = false"
                        + " and pay_by < ?3) due order by id limit ?2")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .setParameter(3, Timestamp.valueOf(now))
                .getResultList();
        if (candidates.isEmpty()) {
            return 0;
        }
        List<?> ids = em.createNativeQuery("select id from customer_order where id in (:ids) and status = 'RECEIVED'"
                        + " and payment_underway = false and ((pay_by is null and ordered_at < :cutoff) or pay_by < :now)"
                        + " order by id for update")
                .setParameter("ids", candidates.stream().map(id -> ((Number) id).longValue()).toList())
                .setParameter("cutoff", cutoff)
                .setParameter("now", Timestamp.valueOf(now))
                .getResultList();
        List<Long> orderIds = ids.stream().map(id -> ((Number) id).longValue()).toList();
        cancelLocked(orderIds, EXPIRY, now);
        return orderIds.size();
    }

    /**
     * Cancels orders the caller locked and found 주문접수 with no payment underway: status,
     * lines, one history row each, stock back. Every statement covers the whole set.
     */
    private void cancelLocked(List<Long> orderIds, String by, LocalDateTime at) {
        if (orderIds.isEmpty()) {
            return;
        }
        Timestamp when = Timestamp.valueOf(at);
        // items cancelled one by one before gave their stock back then
        List<Object[]> quantities = em.createNativeQuery("select product_id, sum(quantity) from order_line"
                        + " where order_id in (?1) and item_state <> 'CANCELLED' group by product_id")
                .setParameter(1, orderIds)
                .getResultList();
        int cancelled = em.createNativeQuery("update customer_order set status = 'CANCELLED', cancelled_at = ?1,"
                        + " version = version + 1 where id in (?2) and status = 'RECEIVED' and payment_underway = false")
                .setParameter(1, when)
                .setParameter(2, orderIds)
                .executeUpdate();
        if (cancelled != orderIds.size()) {
            throw new IllegalStateException("expected to cancel " + orderIds.size() + " orders, cancelled " + cancelled);
        }
        em.createNativeQuery("update order_line set status = 'CANCELLED', item_state = 'CANCELLED'"
                        + " where order_id in (?1)")
                .setParameter(1, orderIds)
                .executeUpdate();
        // BON-04: bonus spent on them comes back (the ledger reads what is unreturned, then it is marked)
        unpaidCancelled.fire(new UnpaidOrdersCancelled(orderIds));
        em.createNativeQuery("update customer_order set bonus_returned = bonus_used where id in (?1)"
                        + " and bonus_used > bonus_returned")
                .setParameter(1, orderIds)
                .executeUpdate();
        em.createNativeQuery("insert into order_status_change (order_id, from_status, to_status, changed_by, changed_at)"
                        + " select id, 'RECEIVED', 'CANCELLED', ?1, ?2 from customer_order where id in (?3)")
                .setParameter(1, by)
                .setParameter(2, when)
                .setParameter(3, orderIds)
                .executeUpdate();
        Map<Long, Integer> back = new HashMap<>();
        for (Object[] q : quantities) {
            back.put(((Number) q[0]).longValue(), ((Number) q[1]).intValue());
        }
        catalog.releaseStock(back);
    }

    /** The unique key of the checkout form, whichever layer reports it. */
    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cv
                    && String.valueOf(cv.getConstraintName()).contains("checkout_key")) {
                return true;
            }
            if (String.valueOf(t.getMessage()).contains("uk_order_checkout_key")) {
                return true;
            }
        }
        return false;
    }

    /** Staff moves a slip on (배송지시, 배송완료, 주문완료); the move is recorded with their login. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public OrderStatus move(String slipNo, OrderStatus target, String staffLogin) {
        CustomerOrder order = lockedBySlip(slipNo)
                .orElseThrow(() -> InvalidInputException.of("slipNo", "error.orderUnknown"));
        LocalDateTime now = LocalDateTime.now();
        boolean wasPaid = order.getStatus() == OrderStatus.PAID;
        if (wasPaid && target == OrderStatus.CANCELLED) {
            // a paid order is cancelled with its refund (after-sales), never by a bare status change
            throw InvalidInputException.of("slipNo", "error.paidCancelNeedsRefund");
        }
        OrderStatus before = order.getStatus();
        order.moveTo(target, staffLogin, now);
        moved.fire(new OrderMoved(order.getId(), order.getSlipNo(), order.getMember().getId(), before, target,
                staffLogin));
        if (wasPaid && target == OrderStatus.CANCELLED) {
            paidOrderCancelled.fire(new OrderCancelled(order.getId(), order.getSlipNo(), order.getMember().getId()));
        }
        if (target == OrderStatus.DELIVERY_INSTRUCTED) {
            // INV-01: the goods leave the web-shop warehouse in this transaction
            deliveryInstructed.fire(new OrderDeliveryInstructed(order.getId(), order.getSlipNo(), staffLogin,
                    order.getLines().stream()
                            .map(l -> new OrderDeliveryInstructed.Item(l.getProductId(), l.getQuantity())).toList()));
        }
        if (target == OrderStatus.COMPLETED) {
            completed.fire(new OrderCompleted(order.getId(), order.getSlipNo(), order.getMember().getId(),
                    now.toLocalDate()));
        }
        return order.getStatus();
    }

    /** Called once the payment is complete; refuses a second time, so it runs exactly once. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public void markPaid(long orderId, String by) {
        paidNow(em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE), by);
    }

    private void paidNow(CustomerOrder order, String by) {
        LocalDateTime now = LocalDateTime.now();
        order.moveTo(OrderStatus.PAID, by, now);
        // after the move, which refuses a second one: the event fires once per order
        paid.fire(new OrderPaid(order.getId(), order.getSlipNo(), order.getMember().getId(), now.toLocalDate(),
                order.getTotalAmount(), order.getLines().stream()
                        .map(l -> new OrderPaid.Item(l.getLineNo(), l.getProductCode(), l.getQuantity(), l.getLineAmount()))
                        .toList()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed(Roles.CUSTOMER)
    public List<SlipRow> ordersOf(long memberId) {
        return em.createQuery(SLIP_ROW + "where m.id = :member order by o.orderedAt desc, o.id desc", SlipRow.class)
                .setParameter("member", memberId)
                .setMaxResults(200)
                .getResultList();
    }

    /** One customer's orders for the back office's customer page (MEM-02), newest first, a page at a time. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.MARKETING, Roles.READONLY})
    public List<SlipRow> ordersOfCustomer(long memberId, int first, int size) {
        return em.createQuery(SLIP_ROW + "where m.id = :member order by o.orderedAt desc, o.id desc", SlipRow.class)
                .setParameter("member", memberId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 100))
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.MARKETING, Roles.READONLY})
    public long countOrdersOfCustomer(long memberId) {
        return em.createQuery("select count(o) from CustomerOrder o where o.member.id = :member", Long.class)
                .setParameter("member", memberId)
                .getSingleResult();
    }

    /** Runs in a transaction so the lines and status history load with the order. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public Optional<OrderDetail> detail(String slipNo) {
        return em.createQuery("select o from CustomerOrder o join fetch o.member m left join fetch m.upperMember"
                        + " where o.slipNo = :slip", CustomerOrder.class)
                .setParameter("slip", slipNo)
                .getResultStream()
                .findFirst()
                .map(OrderDesk::toDetail);
    }

    /** The customer's own order only: another member's slip number finds nothing. */
    @RolesAllowed(Roles.CUSTOMER)
    public Optional<OrderDetail> detailFor(long memberId, String slipNo) {
        return detail(slipNo).filter(d -> d.memberId() == memberId);
    }

    // ---------------------------------------------------------------- after-sales (ORD-01, SHOP-07)

    /**
     * The order under its row lock, as after-sales decides on it (in the caller's transaction).
     *
     * @throws InvalidInputException {@code slipNo} / {@code error.orderUnknown}
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public AfterSalesOrder lockForAfterSales(String slipNo) {
        CustomerOrder o = lockedBySlip(slipNo)
                .orElseThrow(() -> InvalidInputException.of("slipNo", "error.orderUnknown"));
        return afterSalesView(o);
    }

    /** The same as {@link #lockForAfterSales(String)} by order id. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public AfterSalesOrder lockForAfterSales(long orderId) {
        return afterSalesView(em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Read without a lock, for pages (in a transaction, so the lines and the member load with it). */
    @PermitAll
    public Optional<AfterSalesOrder> afterSalesOf(String slipNo) {
        return em.createQuery("select o from CustomerOrder o where o.slipNo = :slip", CustomerOrder.class)
                .setParameter("slip", slipNo).getResultStream().findFirst().map(OrderDesk::afterSalesView);
    }

    /** Every single-item move of the order, oldest first (who, when, which claim). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @PermitAll
    public List<ItemChange> itemHistory(long orderId) {
        return em.createQuery("select c from ItemChange c where c.order.id = :order order by c.changedAt, c.id",
                        ItemChange.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    /** Moves single items (return / exchange steps), recorded with who, when and the claim. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public void moveItems(long orderId, java.util.Collection<Integer> lineNos, ItemState target, String by,
            Long claimId) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        order.moveItems(lineNos, target, by, LocalDateTime.now(), claimId);
    }

    /**
     * Cancels items before shipment (주문접수 or 입금완료, no payment underway): each item 취소 with
     * who and when, its stock back; when no item is left the order itself is 주문취소 (and
     * {@link OrderCancelled} fires for a paid one). Money and bonus are the caller's business.
     *
     * @throws InvalidInputException {@code slipNo} / {@code error.notCancellable} once shipped or
     *         while a payment is underway; {@code lines} / {@code error.linesNotCancellable} for an
     *         item cancelled before
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public void cancelItems(long orderId, java.util.Collection<Integer> lineNos, String by, Long claimId) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if ((order.getStatus() != OrderStatus.RECEIVED && order.getStatus() != OrderStatus.PAID)
                || order.isPaymentUnderway()) {
            throw InvalidInputException.of("slipNo", "error.notCancellable");
        }
        List<OrderLine> chosen = order.linesNumbered(lineNos);
        if (chosen.stream().anyMatch(l -> !l.getItemState().canMoveTo(ItemState.CANCELLED))) {
            throw InvalidInputException.of("lines", "error.linesNotCancellable");
        }
        LocalDateTime now = LocalDateTime.now();
        order.moveItems(lineNos, ItemState.CANCELLED, by, now, claimId);
        releaseStockOf(chosen);
        if (order.allItemsCancelled()) {
            boolean wasPaid = order.getStatus() == OrderStatus.PAID;
            order.moveTo(OrderStatus.CANCELLED, by, now);
            if (wasPaid) {
                paidOrderCancelled.fire(new OrderCancelled(order.getId(), order.getSlipNo(), order.getMember().getId()));
            }
        }
    }

    /** Returned goods are back in stock (반품입고 / 교환입고): their quantities go back. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public void restock(long orderId, java.util.Collection<Integer> lineNos) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        releaseStockOf(order.linesNumbered(lineNos));
    }

    /**
     * Takes stock for the replacement of exchanged items (교환발송).
     *
     * @throws InvalidInputException {@code lines} / {@code error.outOfStock} when one is missing
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public void reserveReplacement(long orderId, java.util.Collection<Integer> lineNos) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        for (OrderLine line : order.linesNumbered(lineNos).stream()
                .sorted(java.util.Comparator.comparingLong(OrderLine::getProductId)).toList()) {
            if (!catalog.reserveStock(line.getProductId(), line.getQuantity())) {
                throw InvalidInputException.of("lines", "error.outOfStock");
            }
        }
    }

    /**
     * Money and bonus a refund gave back, added to the order's totals; what the customer still
     * bought goes out as {@link OrderRefunded} (the purchase history counts that, not the total).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @PermitAll
    public void recordRefund(long orderId, BigDecimal money, BigDecimal bonus) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        order.refunded(money, bonus);
        BigDecimal kept = order.getTotalAmount().subtract(order.getRefundedAmount()).subtract(order.getBonusReturned());
        refunded.fire(new OrderRefunded(order.getId(), order.getSlipNo(), order.getMember().getId(),
                kept.max(BigDecimal.ZERO)));
    }

    private void releaseStockOf(List<OrderLine> lines) {
        Map<Long, Integer> back = new HashMap<>();
        for (OrderLine l : lines) {
            back.merge(l.getProductId(), l.getQuantity(), Integer::sum);
        }
        catalog.releaseStock(back);
    }

    private static AfterSalesOrder afterSalesView(CustomerOrder o) {
        Member upper = o.getMember().getUpperMember();
        return new AfterSalesOrder(o.getId(), o.getSlipNo(), o.getMember().getId(), upper == null ? null : upper.getId(),
                o.getStatus(), o.isPaymentUnderway(), o.getDeliveredAt(), o.getCompletedAt(), o.getTotalAmount(),
                o.getBonusUsed(), o.getBonusReturned(), o.getRefundedAmount(),
                o.getLines().stream().map(l -> new AfterSalesOrder.Item(l.getLineNo(), l.getProductId(),
                        l.getProductCode(), l.getProductName(), l.getQuantity(), l.getLineAmount(), l.getDiscountBonus(),
                        l.getSponsorBonus(), l.getItemState())).toList());
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
                upper == null ? null : upper.getType(), lines, o.getRecipient(), changes,
                o.isPaymentUnderway(),
                o.getStatus() != OrderStatus.RECEIVED ? null
                        : o.getPayBy() != null ? o.getPayBy() : UnpaidOrderPolicy.current().payBy(o.getOrderedAt()),
                o.getCancelledAt());
    }
}
