package com.market25.payment.gateway;

/** Application-level connection handle to a card payment gateway. */
public interface PaymentGatewayConnection extends AutoCloseable {

    /**
     * Asks the gateway to approve a card payment. A decline is a normal result
     * ({@link CardApproval#approved()} false with a {@link DeclineCodes} code), not an exception.
     *
     * @throws GatewaySignatureException if the request was refused for its signature or the
     *         response signature does not verify
     * @throws GatewayException on network failure or a gateway error
     */
    CardApproval approveCard(CardApprovalRequest request) throws GatewayException;

    @Override
    void close();
}
