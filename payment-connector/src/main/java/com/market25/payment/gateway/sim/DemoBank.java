package com.market25.payment.gateway.sim;

import com.market25.payment.gateway.wire.BankProtocol;
import com.market25.payment.gateway.wire.CanonicalMessage;
import com.market25.payment.gateway.wire.MessageSignatures;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * The simulated bank of demo installations and tests: it signs deposit notifications with a key
 * pair that is published here on purpose. Because anyone can sign with it, the shop accepts this
 * key only in demo mode and refuses it, even when configured, in a real installation.
 */
public final class DemoBank {

    public static final String PUBLIC_KEY_PEM = """
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEAdLFbccFlaq4xhW7lasomH4ALLHV8FN3GFCML5LvRxP0=
            -----END PUBLIC KEY-----
            """;

    private static final String PRIVATE_KEY_PEM = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIBLYbjomQJqW3RW8BmMq3WeY5McXZYfdyZW3Da2TiQ7l
            -----END PRIVATE KEY-----
            """;

    private static final Ed25519PublicKeyParameters PUBLIC_KEY;
    private static final Ed25519PrivateKeyParameters PRIVATE_KEY;

    static {
        try {
            PUBLIC_KEY = MessageSignatures.readPublicKey(new StringReader(PUBLIC_KEY_PEM));
            PRIVATE_KEY = MessageSignatures.readPrivateKey(new StringReader(PRIVATE_KEY_PEM));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A notification as the bank posts it: the body and its signature header. */
    public record SignedNotification(byte[] body, String signature) {
    }

    private DemoBank() {
    }

    public static Ed25519PublicKeyParameters publicKey() {
        return PUBLIC_KEY;
    }

    /** Whether {@code key} is the published demo key (which must never be trusted in production). */
    public static boolean isDemoKey(Ed25519PublicKeyParameters key) {
        return key != null && Arrays.equals(key.getEncoded(), PUBLIC_KEY.getEncoded());
    }

    /** A deposit notification signed by the demo bank. */
    public static SignedNotification notification(String notificationId, String accountNumber, BigDecimal amount,
            String depositorName, LocalDateTime depositedAt) {
        return sign(fields(notificationId, accountNumber, amount, depositorName, depositedAt), PRIVATE_KEY);
    }

    /** The same notification signed by a key that is not the bank's: what a forger sends. */
    public static SignedNotification forged(String notificationId, String accountNumber, BigDecimal amount,
            String depositorName, LocalDateTime depositedAt) {
        return sign(fields(notificationId, accountNumber, amount, depositorName, depositedAt),
                (Ed25519PrivateKeyParameters) MessageSignatures.generateKeyPair().getPrivate());
    }

    private static Map<String, String> fields(String notificationId, String accountNumber, BigDecimal amount,
            String depositorName, LocalDateTime depositedAt) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(BankProtocol.NOTIFICATION_ID, notificationId);
        fields.put(BankProtocol.ACCOUNT_NUMBER, accountNumber);
        fields.put(BankProtocol.AMOUNT, amount.toPlainString());
        fields.put(BankProtocol.DEPOSITOR_NAME, depositorName);
        fields.put(BankProtocol.DEPOSITED_AT, depositedAt.withNano(0).toString());
        fields.put(BankProtocol.BANK_NAME, GatewaySimulator.VIRTUAL_ACCOUNT_BANK);
        return fields;
    }

    private static SignedNotification sign(Map<String, String> fields, Ed25519PrivateKeyParameters key) {
        byte[] body = CanonicalMessage.of(fields).toBytes();
        return new SignedNotification(body, MessageSignatures.sign(key, body));
    }
}
