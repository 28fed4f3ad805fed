package com.market25.customer;

/** What a staff entry on a customer's contact history was (MEM-02). */
public enum NoteKind {
    /** 메모: something staff want the next colleague to know. */
    NOTE,
    /** 수신 전화: the customer called. */
    CALL_IN,
    /** 발신 전화: staff called the customer. */
    CALL_OUT,
    /** 방문 상담. */
    VISIT
}
