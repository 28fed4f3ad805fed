package com.market25.campaign;

/**
 * Where a campaign stands (MKT-03): 작성 중 → 승인 요청 → 승인 → 진행 중 → 종료. A rejected request goes
 * back to draft; a campaign recorded after the fact goes from draft straight to running.
 */
public enum CampaignStatus {
    DRAFT,
    APPROVAL_REQUESTED,
    APPROVED,
    RUNNING,
    CLOSED;

    /** The plan and the targets can change only while nobody has approved them. */
    public boolean editable() {
        return this == DRAFT;
    }
}
