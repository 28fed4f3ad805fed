package com.market25.receipt;

import com.market25.infrastructure.DeploymentMode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 가맹점 as a receipt names it: shop name, business registration number, representative,
 * address and telephone. Read from {@code market25.merchant.name|businessNo|representative|address|phone}
 * (system properties) or {@code MARKET25_MERCHANT_NAME|BUSINESS_NO|REPRESENTATIVE|ADDRESS|PHONE}.
 * Demo mode fills what is missing with the demo shop; a real installation issues no receipt
 * until the name and the business number are set.
 */
public record Merchant(String name, String businessNo, String representative, String address, String phone)
        implements Serializable {

    /** A real installation without its merchant data. */
    public static final class NotConfiguredException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NotConfiguredException(List<String> missing) {
            super("receipts are not configured: set " + String.join(", ", missing));
        }
    }

    public static Merchant current() {
        boolean demo = DeploymentMode.isDemo();
        String name = value("name", demo ? "Market25 (마켓25)" : null);
        String number = value("businessNo", demo ? "123-45-67890" : null);
        List<String> missing = new ArrayList<>();
        if (name == null) {
            missing.add("MARKET25_MERCHANT_NAME");
        }
        if (number == null) {
            missing.add("MARKET25_MERCHANT_BUSINESS_NO");
        }
        if (!missing.isEmpty()) {
            throw new NotConfiguredException(missing);
        }
        return new Merchant(name, number, value("representative", demo ? "홍길동" : ""),
                value("address", demo ? "서울특별시 중구 세종대로 110" : ""), value("phone", demo ? "02-1234-5678" : ""));
    }

    private static String value(String key, String fallback) {
        String v = System.getProperty("market25.merchant." + key);
        if (v == null || v.isBlank()) {
            v = System.getenv("MARKET25_MERCHANT_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        }
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
