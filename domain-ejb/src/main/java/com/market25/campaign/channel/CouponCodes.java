package com.market25.campaign.channel;

import com.market25.infrastructure.DeploymentMode;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal coupon codes for the {@code {{쿠폰}}} merge field (MKT-05): HMAC-SHA256 of the template
 * and the customer under the installation's secret, 50 bits written as ten Crockford base-32
 * characters ({@code 7KQ2M-X9D4A}). Nothing is stored: the same template and customer always give
 * the same code, so a code can be checked later by computing it again ({@link #verify}), and
 * without the secret nobody can make one for another customer (one guess in 2^50).
 *
 * <p>The secret is {@code market25.coupon.secret} / {@code MARKET25_COUPON_SECRET}, at least 32
 * characters; a real installation without it cannot render a template with a coupon. Demo mode
 * uses a fixed demo secret, so demo coupons survive restarts (and are worth nothing).
 */
public final class CouponCodes {

    static final String SECRET = "market25.coupon.secret";
    static final String SECRET_ENV = "MARKET25_COUPON_SECRET";
    static final int MIN_SECRET_LENGTH = 32;
    private static final String DEMO_SECRET = "market25-demo-coupon-secret: demo data only, never real";
    /** Crockford's alphabet: no I, L, O, U, so a code read aloud or typed is not misread. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CHARACTERS = 10;

    private final byte[] secret;

    /** The installation has no coupon secret: Korean message {@code error.coupon.notConfigured}. */
    public static final class NotConfiguredException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NotConfiguredException() {
            super("coupon codes need " + SECRET_ENV + " (at least " + MIN_SECRET_LENGTH + " characters)");
        }
    }

    CouponCodes(byte[] secret) {
        this.secret = secret.clone();
    }

    /** The codes of this server, or {@link NotConfiguredException}. */
    public static CouponCodes current() {
        return resolve(name -> {
            String v = System.getProperty(name);
            return v != null && !v.isBlank() ? v : System.getenv(SECRET_ENV);
        }, DeploymentMode.isDemo());
    }

    static CouponCodes resolve(Function<String, String> setting, boolean demo) {
        String secret = setting.apply(SECRET);
        if (secret != null && secret.strip().length() >= MIN_SECRET_LENGTH) {
            return new CouponCodes(secret.strip().getBytes(StandardCharsets.UTF_8));
        }
        if ((secret == null || secret.isBlank()) && demo) {
            return new CouponCodes(DEMO_SECRET.getBytes(StandardCharsets.UTF_8));
        }
        throw new NotConfiguredException();
    }

    /** The code of this customer for this template, e.g. {@code 7KQ2M-X9D4A}. */
    public String code(long templateId, long customerId) {
        byte[] mac = mac("coupon|" + templateId + "|" + customerId);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        StringBuilder code = new StringBuilder(CHARACTERS + 1);
        for (int i = 0; i < CHARACTERS; i++) {
            if (i == CHARACTERS / 2) {
                code.append('-');
            }
            // the top 50 bits, five at a time
            code.append(ALPHABET[(int) ((bits >>> (59 - 5 * i)) & 31)]);
        }
        return code.toString();
    }

    /**
     * Whether {@code code} is this customer's code for this template, as typed by a customer or
     * a clerk: case, spaces and dashes do not matter, O is read as 0 and I or L as 1.
     */
    public boolean verify(long templateId, long customerId, String code) {
        if (code == null) {
            return false;
        }
        String typed = normalise(code);
        String expected = normalise(code(templateId, customerId));
        return MessageDigest.isEqual(typed.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }

    private static String normalise(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
