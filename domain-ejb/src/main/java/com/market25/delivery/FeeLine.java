package com.market25.delivery;

import java.io.Serializable;
import java.math.BigDecimal;

/** 택배비 정산 of one carrier: parcels × fee per parcel. */
public record FeeLine(long carrierId, String carrierName, long parcels, BigDecimal feePerParcel, BigDecimal total)
        implements Serializable {
}
