package com.market25.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A row of the audit-log screen. */
public record AuditLine(long id, LocalDateTime occurredAt, String actor, AuditAction action, AuditTarget targetType,
        String targetId, String detail, String clientAddress) implements Serializable {
}
