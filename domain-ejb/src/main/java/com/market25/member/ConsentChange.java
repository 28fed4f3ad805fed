package com.market25.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of a member's consent history, written only when a consent really changed. */
@Entity
@Table(name = "consent_change")
class ConsentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentChannel channel;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentSource source;

    @Column(name = "campaign_id")
    private Long campaignId;

    protected ConsentChange() {
    }

    ConsentChange(long memberId, ConsentChannel channel, boolean granted, LocalDateTime changedAt,
            ConsentSource source, Long campaignId) {
        this.memberId = memberId;
        this.channel = channel;
        this.granted = granted;
        this.changedAt = changedAt;
        this.source = source;
        this.campaignId = campaignId;
    }
}
