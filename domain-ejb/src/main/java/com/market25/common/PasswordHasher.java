package com.market25.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes at today's OWASP strength: Argon2id with 19 MiB, 2 passes, 1 lane, stored as
 * {@code argon2id$v=19$m=19456,t=2,p=1$salt$hash}. Hashes of the first journey
 * ({@code pbkdf2$60000$salt$hash}) still verify, and {@link #needsRehash} tells the sign-in to
 * replace them with the current scheme.
 */
public final class PasswordHasher {

    static final int MEMORY_KIB = 19_456;
    static final int PASSES = 2;
    static final int LANES = 1;
    private static final String ARGON2ID = "argon2id";
    private static final String PARAMETERS = "m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Each hash takes 19 MiB for a few dozen milliseconds; a burst of sign-ins must not turn into
     * a burst of heap. Two cores gain nothing from more hashes at once than this.
     */
    private static final Semaphore CONCURRENT_HASHES =
            new Semaphore(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), true);

    /** Verified against a password nobody has, so an unknown login costs what a known one does. */
    private static final String DECOY = hash("market25-decoy-" + RANDOM.nextLong());

    private PasswordHasher() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, PASSES, LANES);
        var b64 = Base64.getEncoder().withoutPadding();
        return ARGON2ID + "$v=19$" + PARAMETERS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public static boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        try {
            String[] parts = stored.split("\\$");
            if (parts.length == 5 && parts[0].equals(ARGON2ID) && parts[1].equals("v=19")) {
                int memory = 0;
                int passes = 0;
                int lanes = 0;
                for (String p : parts[2].split(",")) {
                    String[] kv = p.split("=", 2);
                    int value = Integer.parseInt(kv[1]);
                    switch (kv[0]) {
                        case "m" -> memory = value;
                        case "t" -> passes = value;
                        case "p" -> lanes = value;
                        default -> {
                            return false;
                        }
                    }
                }
                var b64 = Base64.getDecoder();
                byte[] salt = b64.decode(parts[3]);
                byte[] expected = b64.decode(parts[4]);
                return MessageDigest.isEqual(expected, argon2(password, salt, memory, passes, lanes));
            }
            if (parts.length == 4 && parts[0].equals("pbkdf2")) {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] expected = Base64.getDecoder().decode(parts[3]);
                return MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations));
            }
            return false;
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** True when a hash that matched was made with an older scheme or weaker settings. */
    public static boolean needsRehash(String stored) {
        return stored == null || !stored.startsWith(ARGON2ID + "$v=19$" + PARAMETERS + "$");
    }

    /** Spends the time of one verification, for a login id that does not exist. */
    public static void verifyDecoy(String password) {
        matches(password == null ? "" : password, DECOY);
    }

    private static byte[] argon2(String password, byte[] salt, int memory, int passes, int lanes) {
        if (memory <= 0 || memory > 1 << 20 || passes <= 0 || passes > 10 || lanes <= 0 || lanes > 8) {
            throw new IllegalArgumentException("argon2 parameters out of range");
        }
        var parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(passes)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        var generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[32];
        CONCURRENT_HASHES.acquireUninterruptibly();
        try {
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        } finally {
            CONCURRENT_HASHES.release();
        }
        return out;
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        if (iterations <= 0 || iterations > 10_000_000) {
            throw new IllegalArgumentException("pbkdf2 iterations out of range");
        }
        try {
            var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
