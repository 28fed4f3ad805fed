package com.market25.receipt;

import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.customer.MemberCardPdf;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderDetail;
import com.market25.ordering.OrderStatus;
import com.market25.payment.PaymentDesk;
import com.market25.payment.PaymentMethod;
import com.market25.payment.PaymentStatus;
import com.market25.payment.PaymentView;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 영수증 (PAY-04, SHOP-07): the card slip of a card-paid order, the cash-receipt data of an order
 * paid otherwise, as a printable page and as PDF. A customer gets only their own orders' receipts
 * (another member's slip number finds nothing); staff get any order's. Only a paid order has one.
 */
@Stateless
public class ReceiptDesk {

    /** Statuses of an order that was paid and not cancelled. */
    static final Set<OrderStatus> PAID = EnumSet.of(OrderStatus.PAID, OrderStatus.DELIVERY_INSTRUCTED,
            OrderStatus.DELIVERED, OrderStatus.COMPLETED);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderDesk orders;

    @EJB
    private PaymentDesk payments;

    /** The member's own paid order's receipt; empty for another member's or an unknown slip. */
    @RolesAllowed(Roles.CUSTOMER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Receipt> forCustomer(long memberId, String slipNo) {
        return orders.detailFor(memberId, slipNo).map(this::receipt);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Receipt> forStaff(String slipNo) {
        return orders.detail(slipNo).map(this::receipt);
    }

    /**
     * The receipt as PDF.
     *
     * @throws InvalidInputException {@code receipt} / {@code error.receipt.font} without a Korean font
     */
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] pdf(Receipt receipt) {
        try {
            return ReceiptDocument.pdf(receipt);
        } catch (MemberCardPdf.NoFontException e) {
            throw InvalidInputException.of("receipt", "error.receipt.font");
        }
    }

    /**
     * The customer asks for a 현금영수증 for their own order paid otherwise than by card (or
     * changes what they asked for).
     *
     * @throws InvalidInputException {@code purpose} / {@code identity} for what cannot be used,
     *         {@code slipNo} / {@code error.orderUnknown} for another member's order,
     *         {@code receipt} / {@code error.receipt.notCash} for a card-paid or unpaid order
     */
    @RolesAllowed(Roles.CUSTOMER)
    public void requestCashReceipt(long memberId, String loginId, String slipNo, CashReceiptPurpose purpose,
            String identity) {
        Checks checks = new Checks();
        CashReceiptIdentity.check(checks, purpose, identity);
        checks.throwIfAny();
        OrderDetail order = orders.detailFor(memberId, slipNo)
                .orElseThrow(() -> InvalidInputException.of("slipNo", "error.orderUnknown"));
        Optional<PaymentView> paid = paidPayment(order.slipNo());
        if (!PAID.contains(order.status()) || paid.isEmpty() || paid.get().method() == PaymentMethod.CARD) {
            throw InvalidInputException.of("receipt", "error.receipt.notCash");
        }
        em.createNativeQuery("insert into cash_receipt (order_id, purpose, identity_kind, identity_no, requested_by,"
                        + " requested_at) values (?1, ?2, ?3, ?4, ?5, ?6) on duplicate key update purpose = values(purpose),"
                        + " identity_kind = values(identity_kind), identity_no = values(identity_no),"
                        + " requested_by = values(requested_by), requested_at = values(requested_at)")
                .setParameter(1, order.orderId())
                .setParameter(2, purpose.name())
                .setParameter(3, purpose == CashReceiptPurpose.INCOME_DEDUCTION ? "PHONE" : "BUSINESS_NO")
                .setParameter(4, CashReceiptIdentity.normalised(identity))
                .setParameter(5, "MEMBER:" + loginId)
                .setParameter(6, Timestamp.valueOf(LocalDateTime.now()))
                .executeUpdate();
    }

    /**
     * The receipt of a paid order; {@code receipt} / {@code error.receipt.notPaid} otherwise.
     */
    private Receipt receipt(OrderDetail order) {
        Optional<PaymentView> paid = paidPayment(order.slipNo());
        if (!PAID.contains(order.status()) || paid.isEmpty()) {
            throw InvalidInputException.of("receipt", "error.receipt.notPaid");
        }
        Merchant merchant;
        try {
            merchant = Merchant.current();
        } catch (Merchant.NotConfiguredException e) {
            throw InvalidInputException.of("receipt", "error.receipt.merchant");
        }
        PaymentView p = paid.get();
        List<Receipt.Item> items = order.lines().stream()
                .map(l -> new Receipt.Item(l.productName(), l.productCode(), l.quantity(), l.lineAmount()))
                .toList();
        // the slip and the cash receipt are for what the payment took: the order's total less the
        // bonus spent on it (BON-04), which is shown apart
        VatSplit amount = VatSplit.of(p.amount());
        BigDecimal bonusUsed = (BigDecimal) em.createNativeQuery("select bonus_used from customer_order where id = ?1")
                .setParameter(1, order.orderId()).getSingleResult();
        if (p.method() == PaymentMethod.CARD) {
            return new Receipt(ReceiptKind.CARD_SLIP, merchant, order.slipNo(), order.memberName(), order.orderedAt(),
                    p.completedAt(), items, amount, p.method(), p.cardCompany(), p.maskedCardNo(),
                    p.installmentMonths(), p.approvalNo(), null, null, bonusUsed);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> cash = em.createNativeQuery("select purpose, identity_no from cash_receipt where order_id = ?1")
                .setParameter(1, order.orderId())
                .getResultList();
        CashReceiptPurpose purpose = cash.isEmpty() ? null : CashReceiptPurpose.valueOf((String) cash.get(0)[0]);
        String shown = cash.isEmpty() ? null : CashReceiptIdentity.shown(purpose, (String) cash.get(0)[1]);
        return new Receipt(ReceiptKind.CASH_RECEIPT, merchant, order.slipNo(), order.memberName(), order.orderedAt(),
                p.completedAt(), items, amount, p.method(), null, null, null, p.approvalNo(), purpose, shown, bonusUsed);
    }

    private Optional<PaymentView> paidPayment(String slipNo) {
        return payments.paymentsOf(slipNo).stream()
                .filter(p -> p.status() == PaymentStatus.APPROVED)
                .max(Comparator.comparing(PaymentView::id));
    }
}
