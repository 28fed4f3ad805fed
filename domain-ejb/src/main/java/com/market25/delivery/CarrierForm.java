package com.market25.delivery;

import com.market25.common.Checks;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** 택배사 등록/수정: every field checked against its column before anything is stored. */
public record CarrierForm(Long id, Integer version, String code, String name, String trackingUrl,
        BigDecimal feePerParcel, int minLength, int maxLength, CheckDigit checkDigit, boolean active, int sortOrder)
        implements Serializable {

    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_]{2,20}$");

    void check(Checks checks) {
        checks.required("code", code).required("name", name).required("trackingUrl", trackingUrl)
                .maxLength("name", name, 60).maxLength("trackingUrl", trackingUrl, 300);
        if (code != null && !code.isBlank()) {
            checks.that(CODE.matcher(code.trim()).matches(), "code", "error.carrier.code");
        }
        if (trackingUrl != null && !trackingUrl.isBlank()) {
            String url = trackingUrl.trim();
            checks.that(url.startsWith("https://") && url.contains(Carrier.PLACEHOLDER) && !url.contains(" "),
                    "trackingUrl", "error.carrier.trackingUrl");
        }
        checks.that(feePerParcel != null, "feePerParcel", "error.required");
        if (feePerParcel != null) {
            checks.that(feePerParcel.signum() >= 0 && feePerParcel.stripTrailingZeros().scale() <= 0
                    && feePerParcel.compareTo(new BigDecimal("9999999999")) <= 0, "feePerParcel", "error.carrier.fee");
        }
        checks.that(minLength >= 6 && maxLength <= 20 && minLength <= maxLength, "minLength", "error.carrier.length");
        checks.that(sortOrder >= 0 && sortOrder <= 9999, "sortOrder", "error.carrier.sortOrder");
    }
}
