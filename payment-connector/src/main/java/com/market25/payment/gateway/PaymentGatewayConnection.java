package com.market25.payment.gateway;

/** Application-level connection handle to a card payment gateway. */
public interface PaymentGatewayConnection extends AutoCloseable {

    /**
     * False when there is no gateway to ask (no GatewayUrl and no simulator): every call would
     * throw {@link GatewayNotConfiguredException}.
     */
    boolean isConfigured();

    /**
     * Asks the gateway to approve a card payment. A decline is a normal result
     * ({@link CardApproval#approved()} false with a {@link DeclineCodes} code), not an exception.
     * The order reference identifies this one attempt: asking again with the same reference and
     * amount gives the same approval, never a second one.
     *
     * @throws GatewaySignatureException if the request was refused for its signature or the
     *         response signature does not verify
     * @throws GatewayException on network failure or a gateway error; see
     *         {@link GatewayException#outcomeUnknown()}
     */
    CardApproval approveCard(CardApprovalRequest request) throws GatewayException;

    /**
     * Cancels the approval of a reference (signed like an approval). Safe to repeat. Cancelling a
     * reference that was never approved closes it, so a late approval cannot appear afterwards.
     */
    CardCancellation cancelApproval(CardCancellationRequest request) throws GatewayException;

    /** Asks the gateway what became of a reference (signed like an approval). */
    CardStatus inquire(String orderReference) throws GatewayException;

    /**
     * Asks for a virtual account the customer transfers the amount to (무통장입금), signed like an
     * approval. The same reference asked again gives the same account, never a second one.
     */
    VirtualAccount issueVirtualAccount(VirtualAccountRequest request) throws GatewayException;

    /**
     * Cancels part of an approval (부분취소), signed like the rest. Idempotent per
     * {@link CardPartialCancellationRequest#cancelId()}; an amount above what remains approved is
     * refused (409). The full cancel stays {@link #cancelApproval}.
     */
    CardPartialCancellation cancelPart(CardPartialCancellationRequest request) throws GatewayException;

    @Override
    void close();
}
