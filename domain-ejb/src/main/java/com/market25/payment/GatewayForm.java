package com.market25.payment;

import com.market25.common.Checks;
import com.market25.payment.gateway.GatewayRoute;
import java.io.Serializable;
import java.net.URI;
import java.util.Set;

/**
 * A gateway as staff register or change it. {@code id} null = a new gateway; {@code version} is
 * the one the form was made from (a stale save is refused). Every field is checked against its
 * column. The endpoint is an http(s) URL or {@value GatewayRoute#SIMULATOR}.
 */
public record GatewayForm(Long id, Integer version, String name, String endpointUrl, String merchantId,
        String keyReference, Integer preference, boolean enabled, Set<PaymentMethod> methods)
        implements Serializable {

    public void check(Checks checks) {
        checks.required("name", name).maxLength("name", trim(name), 40)
                .required("endpointUrl", endpointUrl).maxLength("endpointUrl", trim(endpointUrl), 300)
                .required("merchantId", merchantId).maxLength("merchantId", trim(merchantId), 40)
                .maxLength("keyReference", trim(keyReference), 300);
        checks.that(preference != null && preference >= 1 && preference <= 999, "preference", "error.gateway.preference");
        checks.that(methods != null && !methods.isEmpty(), "methods", "error.gateway.methods");
        if (!checks.has("name")) {
            checks.that(trim(name).matches("[A-Za-z0-9._-]+"), "name", "error.gateway.name");
        }
        if (!checks.has("merchantId")) {
            checks.that(trim(merchantId).matches("[A-Za-z0-9._-]+"), "merchantId", "error.gateway.merchantId");
        }
        if (!checks.has("endpointUrl")) {
            checks.that(validEndpoint(trim(endpointUrl)), "endpointUrl", "error.gateway.endpointUrl");
        }
        if (!checks.has("keyReference") && keyReference != null && !keyReference.isBlank()) {
            // a reference names where the key is; pasted key material is refused so it is never stored
            checks.that(!keyReference.contains("-----BEGIN") && !keyReference.contains("\n"),
                    "keyReference", "error.gateway.keyReference");
        }
    }

    static boolean validEndpoint(String url) {
        if (GatewayRoute.SIMULATOR.equals(url)) {
            return true;
        }
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
