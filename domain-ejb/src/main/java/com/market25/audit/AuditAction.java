package com.market25.audit;

/** What a change in the audit log (ADM-04) was. */
public enum AuditAction {
    STAFF_CREATED,
    STAFF_ROLES_CHANGED,
    STAFF_PASSWORD_RESET,
    STAFF_PASSWORD_CHANGED,
    STAFF_ACTIVATED,
    STAFF_DEACTIVATED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ACCESS_DENIED
}
