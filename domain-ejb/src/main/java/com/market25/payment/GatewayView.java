package com.market25.payment;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/** A registered payment gateway as staff see it (PAY-01). The key is only named, never shown. */
public record GatewayView(long id, String name, String endpointUrl, String merchantId, String keyReference,
        int preference, boolean enabled, Set<PaymentMethod> methods, GatewayHealth health,
        LocalDateTime lastCheckAt, Integer latencyMillis, String lastCheckError, LocalDateTime updatedAt,
        String updatedBy, int version) implements Serializable {

    public boolean serves(PaymentMethod method) {
        return methods.contains(method);
    }
}
