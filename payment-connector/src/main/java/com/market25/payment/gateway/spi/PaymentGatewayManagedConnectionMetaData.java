package com.market25.payment.gateway.spi;

import jakarta.resource.spi.ManagedConnectionMetaData;

/** Metadata of a payment gateway connection. */
public class PaymentGatewayManagedConnectionMetaData implements ManagedConnectionMetaData {

    private final String gatewayName;

    PaymentGatewayManagedConnectionMetaData(String gatewayName) {
        this.gatewayName = gatewayName;
    }

    @Override
    public String getEISProductName() {
        return "Market25 payment gateway (" + gatewayName + ")";
    }

    @Override
    public String getEISProductVersion() {
        return "1.0";
    }

    @Override
    public int getMaxConnections() {
        return 0;
    }

    @Override
    public String getUserName() {
        return "";
    }
}
