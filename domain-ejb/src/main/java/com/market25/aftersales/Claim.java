package com.market25.aftersales;

import com.market25.ordering.CustomerOrder;
import com.market25.payment.BankAccount;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * One after-sales claim (취소 / 반품 / 교환) of some items of an order, with who asked, decided,
 * received and closed it and when. The items' own states move with it ({@code order_line_change}
 * names the claim).
 */
@Entity
@Table(name = "after_sales_claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Column(name = "request_key", nullable = false, unique = true)
    private String requestKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimReason reason;

    @Column(name = "reason_text")
    private String reasonText;

    /** What the claimed items cost (their line amounts). */
    @Column(nullable = false)
    private BigDecimal amount;

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

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "received_by")
    private String receivedBy;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "after_sales_claim_line", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "line_no")
    private Set<Integer> lineNos = new TreeSet<>();

    protected Claim() {
    }

    Claim(CustomerOrder order, ClaimKind kind, String requestKey, ClaimReason reason, String reasonText,
            Set<Integer> lineNos, BigDecimal amount, BankAccount account, String by, LocalDateTime at) {
        this.order = order;
        this.kind = kind;
        this.requestKey = requestKey;
        this.reason = reason;
        this.reasonText = reasonText;
        this.lineNos = new TreeSet<>(lineNos);
        this.amount = amount;
        this.requestedBy = by;
        this.requestedAt = at;
        this.status = ClaimStatus.REQUESTED;
        account(account);
    }

    /** Moves the claim on, or refuses ({@code claim} / {@code error.claimStep}). */
    void moveTo(ClaimStatus target, String by, LocalDateTime at) {
        if (!status.canMoveTo(target)) {
            throw com.market25.common.InvalidInputException.of("claim", "error.claimStep");
        }
        status = target;
        switch (target) {
            case ACCEPTED, REJECTED -> {
                decidedBy = by;
                decidedAt = at;
            }
            case RECEIVED -> {
                receivedBy = by;
                receivedAt = at;
            }
            case REFUNDED, RESHIPPED, DONE -> {
                closedBy = by;
                closedAt = at;
            }
            default -> { }
        }
    }

    void note(String note) {
        this.decisionNote = note;
    }

    void account(BankAccount account) {
        if (account != null && !account.isEmpty()) {
            bankName = account.bank();
            accountNo = account.number();
            accountHolder = account.holder();
        }
    }

    BankAccount account() {
        return accountNo == null ? null : new BankAccount(bankName, accountNo, accountHolder);
    }

    ClaimView view() {
        return new ClaimView(id, order.getSlipNo(), kind, status, reason, reasonText, new java.util.ArrayList<>(lineNos),
                amount, bankName, accountNo == null ? null : BankAccount.mask(accountNo), accountHolder, requestedBy,
                requestedAt, decidedBy, decidedAt, decisionNote, receivedBy, receivedAt, closedBy, closedAt, null);
    }

    public Long getId() {
        return id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public ClaimKind getKind() {
        return kind;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public ClaimReason getReason() {
        return reason;
    }

    public Set<Integer> getLineNos() {
        return lineNos;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getRequestKey() {
        return requestKey;
    }
}
