package com.market25.ordering;

import com.market25.member.Member;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An order and its slip (전표, ORD-02). It moves only along {@link OrderStatus#next()} and
 * records every move with who and when.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    /** Receiving staff of orders the storefront takes. */
    public static final String WEB_MASTER = "WEB_MASTER";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slip_no", nullable = false, unique = true, length = 10)
    private String slipNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "staff_login", nullable = false)
    private String staffLogin;

    @Column(name = "branch_code", nullable = false)
    private String branchCode;

    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount;

    @Embedded
    private Recipient recipient;

    @Column(name = "ordered_at", nullable = false)
    private LocalDateTime orderedAt;

    @Column(name = "paid_at")
    private LocalDateTime paidAt;

    @Column(name = "delivery_instructed_at")
    private LocalDateTime deliveryInstructedAt;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    /** The checkout form that took this order ({@link FormKey}); null for orders taken otherwise. */
    @Column(name = "checkout_key", length = FormKey.MAX_LENGTH, unique = true)
    private String checkoutKey;

    /** A payment is between request and outcome: the order neither expires nor can be cancelled. */
    @Column(name = "payment_underway", nullable = false)
    private boolean paymentUnderway;

    @Column(name = "pay_by")
    private LocalDateTime payBy;

    /** Bonus spent on this order at checkout (BON-04); what is left is paid by card or otherwise. */
    @Column(name = "bonus_used", nullable = false)
    private BigDecimal bonusUsed = BigDecimal.ZERO;

    /** Bonus given back by cancels and returns so far. */
    @Column(name = "bonus_returned", nullable = false)
    private BigDecimal bonusReturned = BigDecimal.ZERO;

    /** Money given back (card or bank) by cancels and returns so far. */
    @Column(name = "refunded_amount", nullable = false)
    private BigDecimal refundedAmount = BigDecimal.ZERO;

    @Version
    private int version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt, id")
    private List<StatusChange> changes = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt, id")
    private List<ItemChange> itemChanges = new ArrayList<>();

    protected CustomerOrder() {
    }

    CustomerOrder(String slipNo, Member member, Channel channel, String staffLogin, String branchCode,
            Recipient recipient, PricedCart cart, String checkoutKey, LocalDateTime now) {
        if (cart.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        this.slipNo = slipNo;
        this.member = member;
        this.channel = channel;
        this.staffLogin = staffLogin;
        this.branchCode = branchCode;
        this.recipient = recipient;
        this.orderedAt = now;
        this.checkoutKey = checkoutKey;
        this.totalAmount = cart.total();
        int lineNo = 1;
        for (PricedLine line : cart.lines()) {
            lines.add(new OrderLine(this, lineNo++, line));
        }
        this.status = OrderStatus.RECEIVED;
        changes.add(new StatusChange(this, null, OrderStatus.RECEIVED, staffLogin, now));
    }

    /** Zero-padded to ten digits, as on the seed's slip list. */
    public static String slipNumber(long sequence) {
        if (sequence < 0 || sequence > 9_999_999_999L) {
            throw new IllegalArgumentException("slip sequence out of range: " + sequence);
        }
        return String.format("%010d", sequence);
    }

    /**
     * Moves the order on, or refuses with {@link IllegalOrderTransitionException}; the same
     * move twice is refused too, which is what makes redelivered messages harmless.
     */
    public void moveTo(OrderStatus target, String by, LocalDateTime at) {
        if (!status.canMoveTo(target)) {
            throw new IllegalOrderTransitionException(slipNo, status, target);
        }
        changes.add(new StatusChange(this, status, target, by, at));
        status = target;
        switch (target) {
            case PAID -> paidAt = at;
            case DELIVERY_INSTRUCTED -> deliveryInstructedAt = at;
            case DELIVERED -> deliveredAt = at;
            case COMPLETED -> completedAt = at;
            case CANCELLED -> cancelledAt = at;
            default -> { }
        }
        if (target != OrderStatus.RECEIVED) {
            paymentUnderway = false;
        }
        for (OrderLine line : lines) {
            line.follow(target);
        }
    }

    /**
     * Spends bonus on this order at checkout (BON-04): whole won, at most what the lines cost.
     * The ledger records the use in the same transaction.
     */
    void useBonus(BigDecimal amount) {
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0 || amount.compareTo(totalAmount) > 0) {
            throw new IllegalArgumentException("bonus of " + amount + " cannot pay order " + slipNo);
        }
        this.bonusUsed = amount;
    }

    /**
     * What is left to pay: the lines still sold, less the bonus spent and not given back. This is
     * what a payment of the order must charge.
     */
    public BigDecimal amountDue() {
        BigDecimal sold = lines.stream().filter(l -> !l.getItemState().isGone())
                .map(OrderLine::getLineAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sold.subtract(bonusUsed.subtract(bonusReturned)).max(BigDecimal.ZERO);
    }

    /**
     * Moves single items (ORD-01 item level) and records each move; refuses the whole set if one
     * item cannot move (nothing changes).
     */
    public void moveItems(java.util.Collection<Integer> lineNos, ItemState target, String by, LocalDateTime at,
            Long claimId) {
        List<OrderLine> chosen = linesNumbered(lineNos);
        for (OrderLine line : chosen) {
            if (!line.getItemState().canMoveTo(target)) {
                throw new IllegalItemTransitionException(line.getLineNo(), line.getItemState(), target);
            }
        }
        for (OrderLine line : chosen) {
            ItemState from = line.moveTo(target);
            itemChanges.add(new ItemChange(this, line.getLineNo(), from, target, by, at, claimId));
        }
    }

    /** Whether every item is cancelled: the order itself is then 주문취소. */
    public boolean allItemsCancelled() {
        return lines.stream().allMatch(l -> l.getItemState() == ItemState.CANCELLED);
    }

    /** Records money and bonus given back by a refund. */
    void refunded(BigDecimal money, BigDecimal bonus) {
        if (money.signum() < 0 || bonus.signum() < 0 || bonusReturned.add(bonus).compareTo(bonusUsed) > 0) {
            throw new IllegalArgumentException("refund of " + money + " + bonus " + bonus + " does not fit order " + slipNo);
        }
        refundedAmount = refundedAmount.add(money);
        bonusReturned = bonusReturned.add(bonus);
    }

    /** The lines with these numbers, in line order; an unknown number is refused. */
    public List<OrderLine> linesNumbered(java.util.Collection<Integer> lineNos) {
        List<OrderLine> chosen = lines.stream().filter(l -> lineNos.contains(l.getLineNo())).toList();
        if (chosen.size() != new java.util.HashSet<>(lineNos).size() || chosen.isEmpty()) {
            throw com.market25.common.InvalidInputException.of("lines", "error.linesUnknown");
        }
        return chosen;
    }

    public BigDecimal getBonusUsed() {
        return bonusUsed;
    }

    public BigDecimal getBonusReturned() {
        return bonusReturned;
    }

    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public List<ItemChange> getItemChanges() {
        return itemChanges;
    }

    /** 주문접수 with no payment underway: a customer may pay it, or cancel it. */
    public boolean isPayable() {
        return status == OrderStatus.RECEIVED && !paymentUnderway;
    }

    /** A payment attempt starts: until it ends the order stays as it is. */
    void holdForPayment() {
        if (!isPayable()) {
            throw new IllegalStateException("order " + slipNo + " is not payable");
        }
        paymentUnderway = true;
    }

    /** The attempt ended without paying (declined, cancelled): the order is payable again. */
    void releasePaymentHold() {
        paymentUnderway = false;
    }

    /** A payment method gave the order its own deadline (a virtual account's), instead of the card one. */
    void payBy(LocalDateTime deadline) {
        this.payBy = deadline;
    }

    /** The deadline a payment method set, or null (the card deadline applies). */
    public LocalDateTime getPayBy() {
        return payBy;
    }

    public boolean isPaymentUnderway() {
        return paymentUnderway;
    }

    public String getCheckoutKey() {
        return checkoutKey;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public Long getId() {
        return id;
    }

    public String getSlipNo() {
        return slipNo;
    }

    public Member getMember() {
        return member;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getStaffLogin() {
        return staffLogin;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public Recipient getRecipient() {
        return recipient;
    }

    public LocalDateTime getOrderedAt() {
        return orderedAt;
    }

    public LocalDateTime getPaidAt() {
        return paidAt;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public List<StatusChange> getChanges() {
        return changes;
    }
}
