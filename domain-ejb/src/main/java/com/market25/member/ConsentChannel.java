package com.market25.member;

/** The channels a member consents to separately (MEM-06): 이메일, SMS, DM (우편), 전화. */
public enum ConsentChannel {
    EMAIL("consent_email"),
    SMS("consent_sms"),
    DM("consent_dm"),
    PHONE("consent_phone");

    private final String column;

    ConsentChannel(String column) {
        this.column = column;
    }

    /** The member column holding the current consent; fixed here, never from input. */
    public String column() {
        return column;
    }
}
