package com.market25.delivery;

import java.io.Serializable;

/**
 * 송장 입력: one parcel typed by staff. {@code lineNo} 0 ships the whole order, 1.. one item;
 * {@code shippedAt} empty means now.
 */
public record ParcelForm(String slipNo, int lineNo, String carrier, String trackingNo, String shippedAt)
        implements Serializable {
}
