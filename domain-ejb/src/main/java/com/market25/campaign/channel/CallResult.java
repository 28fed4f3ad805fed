package com.market25.campaign.channel;

import com.market25.campaign.ContactOutcome;

/** What a telemarketer's call came to (MKT-06); the contact history keeps the same name. */
public enum CallResult {
    /** 통화 완료: the customer was reached. */
    REACHED,
    /** 부재중: nobody answered. */
    NO_ANSWER,
    /** 재통화 요청: call again at the time the customer named. */
    CALL_BACK,
    /** 통화 거절. */
    REFUSED,
    /** 결번·오번호: the number is not the customer's. */
    WRONG_NUMBER;

    public ContactOutcome outcome() {
        return ContactOutcome.valueOf(name());
    }
}
