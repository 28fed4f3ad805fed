package com.market25.bonus;

import com.market25.member.Member;
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
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A bonus credit or use. Credits start unsettled (미결산) and are settled by the nightly run. */
@Entity
@Table(name = "bonus_entry")
public class BonusEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BonusKind kind;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "earned_on", nullable = false)
    private LocalDate earnedOn;

    @Column(nullable = false)
    private boolean settled;

    @Column(name = "settled_on")
    private LocalDate settledOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** Tells several entries of one kind of one order apart (the refund they belong to); '' otherwise. */
    @Column(nullable = false, length = 20)
    private String ref = "";

    protected BonusEntry() {
    }

    BonusEntry(Member member, CustomerOrder order, BonusKind kind, BigDecimal amount, LocalDate earnedOn) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a bonus entry needs a positive amount");
        }
        this.member = member;
        this.order = order;
        this.kind = kind;
        this.amount = amount;
        this.earnedOn = earnedOn;
        this.createdAt = LocalDateTime.now();
    }

    /** An entry that belongs to one refund ({@code ref}), settled already when what it undoes was. */
    BonusEntry(Member member, CustomerOrder order, BonusKind kind, BigDecimal amount, LocalDate earnedOn, String ref,
            LocalDate settledOn) {
        this(member, order, kind, amount, earnedOn);
        this.ref = ref;
        this.settled = settledOn != null;
        this.settledOn = settledOn;
    }

    public BonusKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getEarnedOn() {
        return earnedOn;
    }

    public boolean isSettled() {
        return settled;
    }

    public Member getMember() {
        return member;
    }
}
