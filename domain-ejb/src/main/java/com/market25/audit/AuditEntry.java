package com.market25.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One row of the audit log: written once, never changed. */
@Entity
@Table(name = "audit_log")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    private AuditTarget targetType;

    @Column(name = "target_id")
    private String targetId;

    @Column
    private String detail;

    @Column(name = "client_address")
    private String clientAddress;

    protected AuditEntry() {
    }

    AuditEntry(LocalDateTime occurredAt, String actor, AuditAction action, AuditTarget targetType, String targetId,
            String detail, String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail;
        this.clientAddress = clientAddress;
    }
}
