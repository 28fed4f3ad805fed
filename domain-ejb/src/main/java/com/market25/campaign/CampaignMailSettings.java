package com.market25.campaign;

import com.market25.infrastructure.DeploymentMode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What campaign mail needs from the installation: the secret that signs unsubscribe links, the
 * storefront's public address (the links point there) and the sender each mail names. Read
 * from system properties or environment variables:
 *
 * <table>
 * <caption>settings</caption>
 * <tr><td>{@code market25.unsubscribe.secret} / {@code MARKET25_UNSUBSCRIBE_SECRET}</td><td>at least 32 characters</td></tr>
 * <tr><td>{@code market25.public.url} / {@code MARKET25_PUBLIC_URL}</td><td>e.g. {@code https://shop.example.com/}</td></tr>
 * <tr><td>{@code market25.sender.name} / {@code MARKET25_SENDER_NAME}</td><td>the shop's name</td></tr>
 * <tr><td>{@code market25.sender.contact} / {@code MARKET25_SENDER_CONTACT}</td><td>telephone and address</td></tr>
 * </table>
 *
 * <p>In a real installation every one of them is required: without them no campaign is
 * queued and no mail is sent (never one without a working, signed link or without a sender).
 * In demo mode the missing ones get demo values and the secret is generated at start, so
 * links in mails sent before a restart stop working.
 */
public final class CampaignMailSettings {

    static final String SECRET = "market25.unsubscribe.secret";
    static final String PUBLIC_URL = "market25.public.url";
    static final String SENDER_NAME = "market25.sender.name";
    static final String SENDER_CONTACT = "market25.sender.contact";
    static final int MIN_SECRET_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile byte[] demoSecret;

    private final byte[] secret;
    private final String publicUrl;
    private final SenderIdentity sender;

    /** Thrown when a real installation lacks a setting; names what to set. */
    public static final class NotConfiguredException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NotConfiguredException(List<String> missing) {
            super("campaign mail is not configured: set " + String.join(", ", missing));
        }
    }

    private CampaignMailSettings(byte[] secret, String publicUrl, SenderIdentity sender) {
        this.secret = secret;
        this.publicUrl = publicUrl;
        this.sender = sender;
    }

    /** The settings of this server, or {@link NotConfiguredException}. */
    public static CampaignMailSettings current() {
        return resolve(CampaignMailSettings::lookup, DeploymentMode.isDemo());
    }

    static CampaignMailSettings resolve(Function<String, String> setting, boolean demo) {
        List<String> missing = new ArrayList<>();
        String secretText = value(setting, SECRET);
        byte[] secret;
        if (secretText != null && secretText.length() >= MIN_SECRET_LENGTH) {
            secret = secretText.getBytes(StandardCharsets.UTF_8);
        } else if (secretText == null && demo) {
            secret = demoSecret();
        } else {
            secret = null;
            missing.add(environmentName(SECRET) + " (at least " + MIN_SECRET_LENGTH + " characters)");
        }
        String url = value(setting, PUBLIC_URL);
        if (url == null && demo) {
            String port = setting.apply("market25.http.port");
            url = "http://localhost:" + (port == null || port.isBlank() ? "8080" : port.strip()) + "/";
        }
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            missing.add(environmentName(PUBLIC_URL) + " (http:// or https:// address of the storefront)");
        }
        String name = value(setting, SENDER_NAME);
        String contact = value(setting, SENDER_CONTACT);
        if (demo) {
            name = name == null ? "Market25" : name;
            contact = contact == null ? "Market25 고객센터 02-3728-1900, 서울특별시 강남구 테헤란로 152" : contact;
        }
        if (name == null) {
            missing.add(environmentName(SENDER_NAME));
        }
        if (contact == null) {
            missing.add(environmentName(SENDER_CONTACT));
        }
        if (!missing.isEmpty()) {
            throw new NotConfiguredException(missing);
        }
        return new CampaignMailSettings(secret, url.endsWith("/") ? url : url + "/", new SenderIdentity(name, contact));
    }

    byte[] secret() {
        return secret.clone();
    }

    public SenderIdentity sender() {
        return sender;
    }

    /** The storefront's public address, ending in a slash: tracking and unsubscribe links point there. */
    public String publicUrl() {
        return publicUrl;
    }

    /**
     * An HMAC-SHA256 (base64url, 43 characters) of the purpose and the payload under the server's
     * secret: the signature of campaign mail's open, click and unsubscribe links
     * (campaign.channel.MailLinks). Only this server can make one.
     */
    public String sign(String purpose, String payload) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("market25/mail/v1/" + purpose + "/" + payload).getBytes(StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** The link a recipient follows (or a mail program posts to) to withdraw the e-mail consent. */
    public String unsubscribeUrl(long memberId, long campaignId) {
        return publicUrl + "unsubscribe?t=" + UnsubscribeToken.issue(secret, memberId, campaignId);
    }

    private static String value(Function<String, String> setting, String name) {
        String v = setting.apply(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** {@code market25.public.url} as a system property, else {@code MARKET25_PUBLIC_URL} from the environment. */
    private static String lookup(String name) {
        String v = System.getProperty(name);
        return v != null && !v.isBlank() ? v : System.getenv(environmentName(name));
    }

    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static byte[] demoSecret() {
        byte[] s = demoSecret;
        if (s == null) {
            synchronized (CampaignMailSettings.class) {
                if (demoSecret == null) {
                    byte[] generated = new byte[32];
                    RANDOM.nextBytes(generated);
                    demoSecret = generated;
                }
                s = demoSecret;
            }
        }
        return s;
    }
}
