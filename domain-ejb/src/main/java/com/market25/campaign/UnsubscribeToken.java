package com.market25.campaign;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a campaign mail's unsubscribe link: {@code memberId.campaignId.signature}, the
 * signature an HMAC-SHA256 of both ids under the server's secret. Only the shop can make one,
 * so nobody can unsubscribe someone else by guessing ids, and a changed digit breaks it. It
 * does not expire: the law wants unsubscribing to keep working.
 */
public final class UnsubscribeToken {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern FORMAT = Pattern.compile("^(\\d{1,18})\\.(\\d{1,18})\\.([A-Za-z0-9_-]{43})$");

    /** Who and which mail a genuine token stands for. */
    public record Claims(long memberId, long campaignId) {
    }

    private UnsubscribeToken() {
    }

    public static String issue(byte[] secret, long memberId, long campaignId) {
        return memberId + "." + campaignId + "." + signature(secret, memberId, campaignId);
    }

    /** The claims of a token this secret signed; empty for anything else, whatever it holds. */
    public static Optional<Claims> verify(byte[] secret, String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(token.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long memberId;
        long campaignId;
        try {
            memberId = Long.parseLong(m.group(1));
            campaignId = Long.parseLong(m.group(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] expected = signature(secret, memberId, campaignId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = m.group(3).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(new Claims(memberId, campaignId)) : Optional.empty();
    }

    private static String signature(byte[] secret, long memberId, long campaignId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] digest = mac.doFinal(("market25/unsubscribe/v1/" + memberId + "/" + campaignId)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
