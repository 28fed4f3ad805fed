package com.market25.payment.gateway.wire;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Ed25519 signatures (Bouncy Castle lightweight API, no JCA provider registration) over the
 * canonical bytes of a message, and PEM key files (PKCS#8 "PRIVATE KEY" / X.509 "PUBLIC KEY",
 * as written by {@code openssl genpkey -algorithm ed25519}).
 */
public final class MessageSignatures {

    /** HTTP header carrying the base64 Ed25519 signature of the body. */
    public static final String HEADER = "X-M25-Signature";

    private static final SecureRandom RANDOM = new SecureRandom();

    private MessageSignatures() {
    }

    public static AsymmetricCipherKeyPair generateKeyPair() {
        Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
        generator.init(new Ed25519KeyGenerationParameters(RANDOM));
        return generator.generateKeyPair();
    }

    /** Base64 signature of {@code data}. */
    public static String sign(Ed25519PrivateKeyParameters key, byte[] data) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(data, 0, data.length);
        return Base64.getEncoder().encodeToString(signer.generateSignature());
    }

    /** True only if {@code base64Signature} is a valid signature of {@code data} by {@code key}. */
    public static boolean verify(Ed25519PublicKeyParameters key, byte[] data, String base64Signature) {
        if (key == null || base64Signature == null || base64Signature.isBlank()) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(base64Signature.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (signature.length != Ed25519PrivateKeyParameters.SIGNATURE_SIZE) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(data, 0, data.length);
        return verifier.verifySignature(signature);
    }

    public static Ed25519PrivateKeyParameters readPrivateKey(Path pemFile) throws IOException {
        try (Reader reader = Files.newBufferedReader(pemFile, StandardCharsets.US_ASCII)) {
            return readPrivateKey(reader);
        }
    }

    public static Ed25519PrivateKeyParameters readPrivateKey(Reader pem) throws IOException {
        Object o;
        try (PEMParser parser = new PEMParser(pem)) {
            o = parser.readObject();
        }
        if (o instanceof PEMKeyPair pair) {
            o = pair.getPrivateKeyInfo();
        }
        if (!(o instanceof PrivateKeyInfo info)) {
            throw new IOException("no unencrypted PKCS#8 private key in PEM");
        }
        AsymmetricKeyParameter key = PrivateKeyFactory.createKey(info);
        if (!(key instanceof Ed25519PrivateKeyParameters ed)) {
            throw new IOException("private key is not Ed25519");
        }
        return ed;
    }

    public static Ed25519PublicKeyParameters readPublicKey(Path pemFile) throws IOException {
        try (Reader reader = Files.newBufferedReader(pemFile, StandardCharsets.US_ASCII)) {
            return readPublicKey(reader);
        }
    }

    public static Ed25519PublicKeyParameters readPublicKey(Reader pem) throws IOException {
        Object o;
        try (PEMParser parser = new PEMParser(pem)) {
            o = parser.readObject();
        }
        if (!(o instanceof SubjectPublicKeyInfo info)) {
            throw new IOException("no public key in PEM");
        }
        AsymmetricKeyParameter key = PublicKeyFactory.createKey(info);
        if (!(key instanceof Ed25519PublicKeyParameters ed)) {
            throw new IOException("public key is not Ed25519");
        }
        return ed;
    }

    public static String toPem(Ed25519PrivateKeyParameters key) throws IOException {
        return pem("PRIVATE KEY", PrivateKeyInfoFactory.createPrivateKeyInfo(key).getEncoded());
    }

    public static String toPem(Ed25519PublicKeyParameters key) throws IOException {
        return pem("PUBLIC KEY", SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded());
    }

    private static String pem(String type, byte[] der) throws IOException {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        }
        return out.toString();
    }
}
