package com.market25.payment;

/**
 * Why a decision about an open payment was taken; shown to staff in their language
 * ({@code reconciliation.reason.NAME}), with a technical note where there is one.
 */
public enum ReconciliationReason {
    /** The approval answer timed out, was dropped, or belonged to another request. */
    NO_USABLE_ANSWER,
    /** The transaction recording the approval failed. */
    NOT_RECORDED,
    /** The gateway never saw the request. */
    NEVER_REACHED,
    /** The order is no longer 주문접수 (paid otherwise, cancelled). */
    ORDER_NOT_WAITING,
    /** The gateway approved another amount than the order's. */
    AMOUNT_DIFFERS,
    /** The gateway reports the approval cancelled already. */
    REPORTED_CANCELLED,
    /** The gateway reports a decline. */
    REPORTED_DECLINED,
    /** The gateway reports an approval: the payment is completed from its report. */
    REPORTED_APPROVED,
    /** A cancel claimed earlier was never confirmed by the gateway. */
    CANCEL_NOT_CONFIRMED,
    /** The gateway could not be asked (unreachable, not configured, no usable answer). */
    GATEWAY_NOT_ASKED,
    /** An e-wallet return whose signature (or amount) was not the gateway's: refused. */
    FORGED_RETURN;

    public String labelKey() {
        return "reconciliation.reason." + name();
    }

    /** The {@code detail} column: the reason's name, then the note, if any. */
    String detail(String note) {
        return note == null || note.isBlank() ? name() : name() + " " + note;
    }

    /** The reason a {@code detail} column starts with (null for rows without one). */
    static ReconciliationReason ofDetail(String detail) {
        if (detail == null) {
            return null;
        }
        String head = detail.split(" ", 2)[0];
        for (ReconciliationReason r : values()) {
            if (r.name().equals(head)) {
                return r;
            }
        }
        return null;
    }

    /** The note after the reason in a {@code detail} column. */
    static String noteOf(String detail) {
        if (detail == null || ofDetail(detail) == null) {
            return detail;
        }
        String[] parts = detail.split(" ", 2);
        return parts.length > 1 ? parts[1] : null;
    }
}
