package com.market25.payment;

import com.market25.ordering.CustomerOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Money (and bonus) given back for one after-sales claim (환불). A record of its own: the payment
 * it refunds keeps its amount. One per claim; {@code cancelId} is what the gateway knows the
 * cancel by, so asking again never cancels twice.
 */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_id")
    private Payment payment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RefundMethod method;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "bonus_amount", nullable = false)
    private BigDecimal bonusAmount;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RefundStatus status;

    @Column(name = "cancel_id")
    private String cancelId;

    @Column(name = "gateway_result")
    private String gatewayResult;

    @Column(name = "bank_name")
    private String bankName;

    @Column(name = "account_no")
    private String accountNo;

    @Column(name = "account_holder")
    private String accountHolder;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    protected Refund() {
    }

    Refund(CustomerOrder order, long claimId, Payment payment, RefundMethod method, BigDecimal amount,
            BigDecimal bonusAmount, String reason, String cancelId, BankAccount account, String by, LocalDateTime at) {
        this.order = order;
        this.claimId = claimId;
        this.payment = payment;
        this.method = method;
        this.amount = amount;
        this.bonusAmount = bonusAmount;
        this.reason = reason;
        this.cancelId = cancelId;
        if (account != null) {
            this.bankName = account.bank();
            this.accountNo = account.number();
            this.accountHolder = account.holder();
        }
        this.requestedBy = by;
        this.requestedAt = at;
        this.status = switch (method) {
            case CARD_CANCEL, CARD_PARTIAL_CANCEL -> RefundStatus.REQUESTED;
            case BANK_TRANSFER -> RefundStatus.PAYOUT_PENDING;
            case BONUS_ONLY -> RefundStatus.DONE;
        };
        if (status == RefundStatus.DONE) {
            completedBy = by;
            completedAt = at;
        }
    }

    /** The money is back (gateway confirmed, or staff paid the bank refund out). */
    void done(String by, String result, LocalDateTime at) {
        if (status == RefundStatus.DONE) {
            throw new IllegalStateException("refund " + id + " is done already");
        }
        status = RefundStatus.DONE;
        completedBy = by;
        completedAt = at;
        if (result != null) {
            gatewayResult = result.length() > 100 ? result.substring(0, 100) : result;
        }
    }

    void note(String result) {
        gatewayResult = result == null || result.length() <= 100 ? result : result.substring(0, 100);
    }

    RefundView view() {
        return new RefundView(id, claimId, method, amount, bonusAmount, reason, status, cancelId, gatewayResult, bankName,
                accountNo == null ? null : BankAccount.mask(accountNo), accountHolder, requestedBy, requestedAt,
                completedBy, completedAt);
    }

    public Long getId() {
        return id;
    }

    public RefundStatus getStatus() {
        return status;
    }

    public RefundMethod getMethod() {
        return method;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getBonusAmount() {
        return bonusAmount;
    }

    public Payment getPayment() {
        return payment;
    }

    public String getCancelId() {
        return cancelId;
    }

    public String getReason() {
        return reason;
    }

    public long getClaimId() {
        return claimId;
    }

    public CustomerOrder getOrder() {
        return order;
    }
}
