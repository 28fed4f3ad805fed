package com.market25.campaign.channel;

/** The channels a message template is written for (MKT-05, MKT-06). */
public enum MessageChannel {
    /** 이메일: subject, HTML part and text part. */
    EMAIL,
    /** 문자: SMS up to 80 bytes, LMS up to 2,000 (EUC-KR bytes, {@link SmsText}). */
    SMS,
    /** 우편 DM: the text of the letter; addresses go on label sheets ({@link AddressLabelSheet}). */
    DM,
    /** 전화: the telemarketer's script ({@link CallListDesk}). */
    PHONE
}
