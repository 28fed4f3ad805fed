package com.market25.campaign;

/** A step in a campaign's life, as the event log names it. */
public enum CampaignAction {
    CREATED,
    CHANGED,
    TARGETS_DRAWN,
    APPROVAL_REQUESTED,
    APPROVED,
    REJECTED,
    STARTED,
    RECORDED,
    CLOSED
}
