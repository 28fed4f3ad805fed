package com.market25.campaign;

/** What a campaign is for (MKT-03): 신규 유치, 고객 유지, 휴면 고객 재활성화, 판촉. */
public enum CampaignType {
    ACQUISITION,
    RETENTION,
    REACTIVATION,
    PROMOTION
}
