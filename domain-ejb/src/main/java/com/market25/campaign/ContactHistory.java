package com.market25.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A touch on the member's timeline (CRM-04). Written by the dispatch listener with an
 * insert that a unique key makes idempotent; read here.
 */
@Entity
@Table(name = "contact_history")
public class ContactHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private String channel;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "contacted_at", nullable = false)
    private LocalDateTime contactedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactOutcome outcome;

    /** The staff member who recorded it (a returned DM, a call); empty for what the system sent. */
    @Column(name = "recorded_by")
    private String recordedBy;

    protected ContactHistory() {
    }
}
