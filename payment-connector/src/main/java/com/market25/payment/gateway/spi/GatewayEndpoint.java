package com.market25.payment.gateway.spi;

import java.net.URI;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/** Where to send requests and with which keys: resolved by the resource adapter. */
public record GatewayEndpoint(URI baseUri, Ed25519PrivateKeyParameters shopKey,
        Ed25519PublicKeyParameters gatewayPublicKey, String gatewayName) {

    @Override
    public String toString() {
        return "GatewayEndpoint[" + baseUri + ", " + gatewayName + "]";
    }
}
