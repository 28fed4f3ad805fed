package com.market25.campaign;

/** What a fired trigger does (MKT-09). Every firing is also on the staff's notification list. */
public enum TriggerAction {
    NOTIFY,
    ADD_TO_CAMPAIGN,
    SEND_SMS
}
