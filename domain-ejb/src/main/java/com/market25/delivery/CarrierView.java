package com.market25.delivery;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A carrier as screens show it. */
public record CarrierView(long id, String code, String name, String trackingUrl, BigDecimal feePerParcel,
        TrackingRule rule, boolean active, int sortOrder, String updatedBy, LocalDateTime updatedAt, int version)
        implements Serializable {

    /** The carrier's public tracking page of one parcel (the number is digits only, safe in a URL). */
    public String trackingLink(String trackingNo) {
        return trackingUrl.replace(Carrier.PLACEHOLDER, trackingNo);
    }

    /** Whether a file's carrier column means this carrier: code or name, case and spaces ignored. */
    public boolean answersTo(String text) {
        String t = key(text);
        return !t.isEmpty() && (t.equals(key(code)) || t.equals(key(name)));
    }

    static String key(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
