package com.market25.payment;

/** What was done about an open payment (label key {@code reconciliation.action.NAME}). */
public enum ReconciliationAction {
    /** Completed from the gateway's report: the order is 입금완료. */
    COMPLETED,
    /** Cancelled at the gateway (망취소) or reported cancelled: nothing stays approved. */
    CANCELLED,
    /** The gateway reports a decline: the order is payable again. */
    DECLINED,
    /** The gateway could not be asked or did not confirm; the next run tries again. */
    UNRESOLVED;

    public String labelKey() {
        return "reconciliation.action." + name();
    }
}
