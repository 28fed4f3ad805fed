package com.market25.payment.gateway.wire;

/**
 * The HTTP protocol between adapter and gateway (and the simulator).
 *
 * <p>{@code POST /v1/card-approvals}, body = {@link CanonicalMessage} bytes
 * ({@code text/plain; charset=UTF-8}), header {@link MessageSignatures#HEADER} = base64 Ed25519
 * signature of the body by the shop key. The answer has the same form, signed by the gateway
 * key: 200 with the approval fields (an approval or a decline), 401 when the request
 * signature is missing or wrong, 400 for a malformed request, 409 when an approved order
 * reference comes again with another amount. Error bodies carry {@link #ERROR} and
 * {@link #MESSAGE}. The response echoes the request's {@link #NONCE} and
 * {@link #ORDER_REFERENCE}, so a signed answer cannot be replayed for another request.
 */
public final class GatewayProtocol {

    public static final String APPROVAL_PATH = "/v1/card-approvals";
    public static final String CONTENT_TYPE = "text/plain; charset=UTF-8";

    // request fields
    public static final String ORDER_REFERENCE = "orderReference";
    public static final String AMOUNT = "amount";
    public static final String CARD_COMPANY = "cardCompany";
    public static final String CARD_NUMBER = "cardNumber";
    public static final String EXPIRY = "expiryYyMm";
    public static final String INSTALLMENT_MONTHS = "installmentMonths";
    public static final String NONCE = "nonce";
    public static final String TIMESTAMP = "timestamp";

    // response fields
    public static final String APPROVED = "approved";
    public static final String APPROVAL_NUMBER = "approvalNumber";
    public static final String GATEWAY_TOKEN = "gatewayToken";
    public static final String MASKED_CARD_NUMBER = "maskedCardNumber";
    public static final String DECLINE_CODE = "declineCode";
    public static final String GATEWAY_NAME = "gatewayName";
    public static final String ERROR = "error";
    public static final String MESSAGE = "message";

    // error codes
    public static final String ERROR_MISSING_SIGNATURE = "MISSING_SIGNATURE";
    public static final String ERROR_BAD_SIGNATURE = "BAD_SIGNATURE";
    public static final String ERROR_BAD_REQUEST = "BAD_REQUEST";
    public static final String ERROR_DUPLICATE_ORDER = "DUPLICATE_ORDER_REFERENCE";

    private GatewayProtocol() {
    }
}
