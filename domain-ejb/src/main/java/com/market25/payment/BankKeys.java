package com.market25.payment;

import com.market25.infrastructure.DeploymentMode;
import com.market25.payment.gateway.sim.DemoBank;
import com.market25.payment.gateway.wire.MessageSignatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * The bank's public key that deposit notifications must be signed with: the PEM file named by
 * {@value #PROPERTY} or {@value #ENVIRONMENT}. Without one, demo mode trusts the simulated bank
 * ({@link DemoBank}) and a real installation trusts nothing, so every notification is refused.
 * The demo key is published, so a real installation refuses it even when it is configured.
 */
public final class BankKeys {

    public static final String PROPERTY = "market25.bank.publicKeyFile";
    public static final String ENVIRONMENT = "MARKET25_BANK_PUBLIC_KEY_FILE";

    private static final Logger LOG = Logger.getLogger(BankKeys.class.getName());

    private static volatile String loadedFrom;
    private static volatile Ed25519PublicKeyParameters loaded;

    private BankKeys() {
    }

    /** The key to verify with now, or empty: refuse every notification. */
    public static Optional<Ed25519PublicKeyParameters> trusted() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            file = System.getenv(ENVIRONMENT);
        }
        return trusted(file, DeploymentMode.isDemo());
    }

    static Optional<Ed25519PublicKeyParameters> trusted(String file, boolean demo) {
        if (file == null || file.isBlank()) {
            return demo ? Optional.of(DemoBank.publicKey()) : Optional.empty();
        }
        Ed25519PublicKeyParameters key;
        try {
            key = read(file.trim());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "bank public key " + file + " unreadable: every deposit notification is refused", e);
            return Optional.empty();
        }
        if (!demo && DemoBank.isDemoKey(key)) {
            LOG.severe(() -> "bank public key " + file + " is the published demo key: refused outside demo mode;"
                    + " every deposit notification is refused");
            return Optional.empty();
        }
        return Optional.of(key);
    }

    private static Ed25519PublicKeyParameters read(String file) throws IOException {
        if (file.equals(loadedFrom) && loaded != null) {
            return loaded;
        }
        Ed25519PublicKeyParameters key = MessageSignatures.readPublicKey(Path.of(file));
        loaded = key;
        loadedFrom = file;
        return key;
    }
}
