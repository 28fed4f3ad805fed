package com.market25.payment;

/** The columns 결제별 주문관리 can sort by, each with its SQL expression (never from input). */
public enum PaymentField {
    PAYER("p.payer_name"),
    METHOD("p.method"),
    CARD_COMPANY("p.card_company"),
    CARD_NO("p.masked_card_no"),
    INSTALLMENTS("p.installment_months"),
    APPROVAL_NO("p.approval_no"),
    AMOUNT("p.amount"),
    STATUS("p.status"),
    PAID_AT("p.completed_at"),
    SLIP_NO("o.slip_no"),
    ORDERED_AT("o.ordered_at"),
    BRANCH("o.branch_code"),
    MEMBER_NAME("m.name");

    private final String column;

    PaymentField(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
