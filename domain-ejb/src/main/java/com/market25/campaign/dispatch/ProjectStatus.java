package com.market25.campaign.dispatch;

/** Where a channel project stands: 준비 → 발송 중 (⇄ 일시 정지) → 완료. */
public enum ProjectStatus {
    DRAFT,
    DISPATCHING,
    PAUSED,
    DONE
}
