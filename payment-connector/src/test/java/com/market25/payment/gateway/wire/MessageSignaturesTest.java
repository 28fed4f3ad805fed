package com.market25.payment.gateway.wire;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.junit.jupiter.api.Test;

class MessageSignaturesTest {

    private final AsymmetricCipherKeyPair pair = MessageSignatures.generateKeyPair();
    private final Ed25519PrivateKeyParameters priv = (Ed25519PrivateKeyParameters) pair.getPrivate();
    private final Ed25519PublicKeyParameters pub = (Ed25519PublicKeyParameters) pair.getPublic();

    private byte[] body() {
        return CanonicalMessage.of(Map.of("orderReference", "ORD-7", "amount", "39000",
                "cardCompany", "신한카드")).toBytes();
    }

    @Test
    void signatureRoundTripVerifies() {
        byte[] body = body();
        assertTrue(MessageSignatures.verify(pub, body, MessageSignatures.sign(priv, body)));
    }

    @Test
    void tamperedBodyDoesNotVerify() {
        byte[] body = body();
        String sig = MessageSignatures.sign(priv, body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("39000", "39001")
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(MessageSignatures.verify(pub, tampered, sig));
    }

    @Test
    void otherKeyDoesNotVerify() {
        byte[] body = body();
        String sig = MessageSignatures.sign(priv, body);
        Ed25519PublicKeyParameters other = (Ed25519PublicKeyParameters) MessageSignatures.generateKeyPair().getPublic();
        assertFalse(MessageSignatures.verify(other, body, sig));
    }

    @Test
    void missingOrGarbageSignatureDoesNotVerify() {
        assertFalse(MessageSignatures.verify(pub, body(), null));
        assertFalse(MessageSignatures.verify(pub, body(), "not base64!"));
        assertFalse(MessageSignatures.verify(pub, body(), "AAAA"));
    }

    @Test
    void pemKeysRoundTrip() throws Exception {
        Ed25519PrivateKeyParameters readPriv = MessageSignatures.readPrivateKey(new StringReader(MessageSignatures.toPem(priv)));
        Ed25519PublicKeyParameters readPub = MessageSignatures.readPublicKey(new StringReader(MessageSignatures.toPem(pub)));
        byte[] body = body();
        assertTrue(MessageSignatures.verify(readPub, body, MessageSignatures.sign(readPriv, body)));
        assertArrayEquals(pub.getEncoded(), readPub.getEncoded());
    }
}
