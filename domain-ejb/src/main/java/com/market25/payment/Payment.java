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

/** One attempt to pay an order (결제 정보). Only the masked card number is kept. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentMethod method;

    @Column(name = "payer_name", nullable = false)
    private String payerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_company")
    private CardCompany cardCompany;

    @Column(name = "installment_months")
    private Integer installmentMonths;

    @Column(name = "masked_card_no")
    private String maskedCardNo;

    @Column(name = "gateway_name")
    private String gatewayName;

    @Column(name = "gateway_token")
    private String gatewayToken;

    @Column(name = "approval_no")
    private String approvalNo;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column(name = "decline_code")
    private String declineCode;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "authorized_at")
    private LocalDateTime authorizedAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    /** What the gateway knows this attempt by: {@code <slip>-<attempt number>}. */
    @Column(name = "reference", length = 40, unique = true)
    private String reference;

    /** The form that asked for this attempt (a replay finds it). */
    @Column(name = "request_key", length = 40, unique = true)
    private String requestKey;

    @Column(name = "bank_name")
    private String bankName;

    @Column(name = "virtual_account_no")
    private String virtualAccountNo;

    @Column(name = "deposit_deadline")
    private LocalDateTime depositDeadline;
    /** The registered gateway that served this payment (null: paid before the registry). */
    @Column(name = "gateway_id")
    private Long gatewayId;

    /** The installment months were interest-free (무이자) for the card company that day. */
    @Column(name = "interest_free", nullable = false)
    private boolean interestFree;

    /** The order's date (customer_order.ordered_at), copied so 결제별 주문관리 totals a period from payment alone (V82). */
    @Column(name = "ordered_at", nullable = false, updatable = false)
    private LocalDateTime orderedAt;

    protected Payment() {
    }

    /** A bank transfer (무통장입금) to the virtual account the bank issued, waiting for the deposit. */
    static Payment bankTransfer(CustomerOrder order, BigDecimal amount, String depositorName, String reference,
            String requestKey, com.market25.payment.gateway.VirtualAccount account, LocalDateTime now, Long gatewayId) {
        Payment p = new Payment();
        p.gatewayId = gatewayId;
        p.order = order;
        p.orderedAt = order.getOrderedAt();
        p.method = PaymentMethod.BANK_TRANSFER;
        p.payerName = depositorName.trim();
        p.amount = amount;
        p.reference = reference;
        p.requestKey = requestKey;
        p.gatewayName = account.gatewayName();
        p.bankName = account.bankName();
        p.virtualAccountNo = account.accountNumber();
        p.depositDeadline = account.deadline();
        p.status = PaymentStatus.WAITING_FOR_DEPOSIT;
        p.requestedAt = now;
        return p;
    }

    public String getBankName() {
        return bankName;
    }

    public String getVirtualAccountNo() {
        return virtualAccountNo;
    }

    public LocalDateTime getDepositDeadline() {
        return depositDeadline;
    }

    public String getPayerName() {
        return payerName;
    }

    /** Card payment through a registered gateway, with the installment plan's verdict. */
    static Payment card(CustomerOrder order, BigDecimal amount, CardDetails card, String maskedNumber,
            String reference, String requestKey, LocalDateTime now, long gatewayId, boolean interestFree) {
        Payment p = card(order, amount, card, maskedNumber, reference, requestKey, now);
        p.gatewayId = gatewayId;
        p.interestFree = interestFree;
        return p;
    }

    /** E-wallet payment (간편결제): the customer approves it at the provider, who sends them back. */
    static Payment ewallet(CustomerOrder order, BigDecimal amount, String payerName, String reference,
            String requestKey, LocalDateTime now, long gatewayId) {
        Payment p = new Payment();
        p.order = order;
        p.orderedAt = order.getOrderedAt();
        p.method = PaymentMethod.E_WALLET;
        p.payerName = payerName;
        p.amount = amount;
        p.reference = reference;
        p.requestKey = requestKey;
        p.status = PaymentStatus.REQUESTED;
        p.requestedAt = now;
        p.gatewayId = gatewayId;
        return p;
    }

    static Payment card(CustomerOrder order, BigDecimal amount, CardDetails card, String maskedNumber,
            String reference, String requestKey, LocalDateTime now) {
        Payment p = new Payment();
        p.order = order;
        p.orderedAt = order.getOrderedAt();
        p.method = PaymentMethod.CARD;
        p.payerName = card.payerName().trim();
        p.cardCompany = card.company();
        p.installmentMonths = card.installmentMonths();
        p.maskedCardNo = maskedNumber;
        p.amount = amount;
        p.reference = reference;
        p.requestKey = requestKey;
        p.status = PaymentStatus.REQUESTED;
        p.requestedAt = now;
        return p;
    }

    /** The gateway approved; completion follows from the queue. */
    void authorize(String gateway, String approval, String token, String masked, LocalDateTime at) {
        requireStatus(PaymentStatus.REQUESTED);
        takeApproval(gateway, approval, token, masked);
        this.status = PaymentStatus.AUTHORIZED;
        this.authorizedAt = at;
    }

    /** Completion of an authorized payment (the order is paid in the same transaction). */
    void approve(LocalDateTime at) {
        requireStatus(PaymentStatus.AUTHORIZED);
        this.status = PaymentStatus.APPROVED;
        this.completedAt = at;
    }

    /** Completion from what the gateway reports, for an attempt whose answer never got recorded. */
    void approveAsReported(String gateway, String approval, String token, String masked, LocalDateTime at) {
        if (status != PaymentStatus.REQUESTED && status != PaymentStatus.AUTHORIZED) {
            throw new IllegalStateException("payment " + id + " is " + status + ", not open");
        }
        takeApproval(gateway, approval, token, masked);
        if (authorizedAt == null) {
            authorizedAt = at;
        }
        this.status = PaymentStatus.APPROVED;
        this.completedAt = at;
    }

    void decline(String gateway, String code) {
        requireStatus(PaymentStatus.REQUESTED);
        this.gatewayName = gateway == null ? gatewayName : gateway;
        this.declineCode = code;
        this.status = PaymentStatus.DECLINED;
    }

    /** The shop takes the approval back (or closes the reference); the gateway confirms later. */
    void claimCancel() {
        if (!status.isOpen()) {
            throw new IllegalStateException("payment " + id + " is " + status + ", not open");
        }
        this.status = PaymentStatus.CANCELLING;
    }

    /** Nothing stays approved at the gateway for this attempt. */
    void cancelled(LocalDateTime at) {
        if (!status.isOpen()) {
            throw new IllegalStateException("payment " + id + " is " + status + ", not open");
        }
        this.status = PaymentStatus.CANCELLED;
        this.cancelledAt = at;
    }

    private void takeApproval(String gateway, String approval, String token, String masked) {
        this.gatewayName = gateway;
        this.approvalNo = approval;
        this.gatewayToken = token;
        if (masked != null) {
            this.maskedCardNo = masked;
        }
    }

    private void requireStatus(PaymentStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("payment " + id + " is " + status + ", not " + expected);
        }
    }

    public String getReference() {
        return reference;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getApprovalNo() {
        return approvalNo;
    }

    public String getGatewayName() {
        return gatewayName;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public Long getId() {
        return id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getDeclineCode() {
        return declineCode;
    }

    public Long getGatewayId() {
        return gatewayId;
    }

    public boolean isInterestFree() {
        return interestFree;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getMaskedCardNo() {
        return maskedCardNo;
    }

    /** The order's date this payment carries (the period of 결제별 주문관리). */
    LocalDateTime orderedAt() {
        return orderedAt;
    }
}
