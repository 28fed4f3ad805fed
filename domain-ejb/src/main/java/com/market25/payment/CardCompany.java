package com.market25.payment;

/** 카드사 the checkout offers; labels live in the message bundle as {@code card.CODE}. */
public enum CardCompany {
    BC, KB, SAMSUNG, SHINHAN, HYUNDAI, LOTTE, HANA, NH
}
