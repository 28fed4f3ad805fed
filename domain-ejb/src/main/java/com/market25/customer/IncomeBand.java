package com.market25.customer;

/**
 * 소득 구간 (yearly household income) in the extended profile: bands, never an amount, which is
 * all a segment needs and less than a customer should have to tell.
 */
public enum IncomeBand {
    UNDER_20M,
    FROM_20M,
    FROM_40M,
    FROM_60M,
    FROM_80M,
    FROM_100M
}
