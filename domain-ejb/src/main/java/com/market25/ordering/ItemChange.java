package com.market25.ordering;

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
import java.time.LocalDateTime;

/**
 * One move of a single item (ORD-01): which line, from, to, who and when, and the after-sales
 * claim it belongs to. Moves of the whole order are {@link StatusChange}s. Never changed afterwards.
 */
@Entity
@Table(name = "order_line_change")
public class ItemChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private ItemState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private ItemState toState;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "claim_id")
    private Long claimId;

    protected ItemChange() {
    }

    ItemChange(CustomerOrder order, int lineNo, ItemState from, ItemState to, String by, LocalDateTime at,
            Long claimId) {
        this.order = order;
        this.lineNo = lineNo;
        this.fromState = from;
        this.toState = to;
        this.changedBy = by;
        this.changedAt = at;
        this.claimId = claimId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public ItemState getFromState() {
        return fromState;
    }

    public ItemState getToState() {
        return toState;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public Long getClaimId() {
        return claimId;
    }
}
