package com.market25.payment.gateway.wire;

/**
 * The HTTP protocol between adapter and gateway (and the simulator).
 *
 * <p>Three signed exchanges, all {@code POST}, body = {@link CanonicalMessage} bytes
 * ({@code text/plain; charset=UTF-8}), header {@link MessageSignatures#HEADER} = base64 Ed25519
 * signature of the body by the shop key; every request carries {@link #NONCE} and
 * {@link #TIMESTAMP}. The answer has the same form, signed by the gateway key, and echoes the
 * request's {@link #NONCE} and {@link #ORDER_REFERENCE}, so a signed answer cannot be replayed for
 * another request.
 * <ul>
 * <li>{@value #APPROVAL_PATH}: approve a card. 200 with the approval fields (an approval or a
 * decline); 409 when an approved reference comes again with another amount
 * ({@link #ERROR_DUPLICATE_ORDER}) or the reference was cancelled
 * ({@link #ERROR_REFERENCE_CANCELLED}).</li>
 * <li>{@value #CANCEL_PATH}: cancel the approval of a reference (망취소). Request: reference,
 * {@link #AMOUNT} (the approved amount), {@link #REASON}. 200 with {@link #RESULT}
 * {@value #RESULT_CANCELLED} (approval cancelled, also when asked again) or
 * {@value #RESULT_NOT_APPROVED} (nothing was approved; the reference is closed). 409 when the
 * amount is not the approved one.</li>
 * <li>{@value #INQUIRY_PATH}: status of a reference. 200 with {@link #STATE} = APPROVED,
 * CANCELLED, DECLINED or NOT_FOUND, plus the approval fields and {@link #AMOUNT} when there was an
 * approval, or {@link #DECLINE_CODE}.</li>
 * </ul>
 * 401 when the request signature is missing or wrong, 400 for a malformed request. Error bodies
 * carry {@link #ERROR} and {@link #MESSAGE}.
 */
public final class GatewayProtocol {

    public static final String APPROVAL_PATH = "/v1/card-approvals";
    public static final String CANCEL_PATH = "/v1/card-cancellations";
    public static final String INQUIRY_PATH = "/v1/card-inquiries";
    /**
     * Issue a virtual account (무통장입금, PAY-01): request {@link #ORDER_REFERENCE}, {@link #AMOUNT},
     * {@link #DEPOSITOR_NAME}, {@link #DEADLINE}; 200 with {@link #BANK_NAME}, {@link #ACCOUNT_NUMBER}
     * and the {@link #DEADLINE} the bank keeps. Asking again for a reference gives the same account.
     */
    public static final String VIRTUAL_ACCOUNT_PATH = "/v1/virtual-accounts";
    /**
     * Partial cancel (부분취소): request {@link #ORDER_REFERENCE}, {@link #CANCEL_ID}, {@link #AMOUNT}
     * (to cancel), {@link #REASON}; 200 with {@link #CANCELLED_AMOUNT}, {@link #REMAINING_AMOUNT},
     * {@link #APPROVAL_NUMBER}, {@link #REPEATED}; 409 {@link #ERROR_AMOUNT_EXCEEDS_REMAINING},
     * {@link #ERROR_NOT_CANCELLABLE}, {@link #ERROR_REFERENCE_CANCELLED} or
     * {@link #ERROR_DUPLICATE_CANCEL_ID} (the id came before with another amount).
     */
    public static final String PARTIAL_CANCEL_PATH = "/v1/card-partial-cancellations";
    public static final String CANCEL_ID = "cancelId";
    public static final String CANCELLED_AMOUNT = "cancelledAmount";
    public static final String REMAINING_AMOUNT = "remainingAmount";
    public static final String REPEATED = "repeated";
    public static final String ERROR_AMOUNT_EXCEEDS_REMAINING = "AMOUNT_EXCEEDS_REMAINING";
    public static final String ERROR_NOT_CANCELLABLE = "NOT_CANCELLABLE";
    public static final String ERROR_DUPLICATE_CANCEL_ID = "DUPLICATE_CANCEL_ID";
    /** Capture (매입) of an approved reference: answers {@link #RESULT} CAPTURED or NOT_CAPTURABLE. */
    public static final String CAPTURE_PATH = "/v1/card-captures";
    /** Opens an e-wallet payment: request {@link #RETURN_URL}; answer {@link #REDIRECT_URL}. */
    public static final String EWALLET_PATH = "/v1/ewallet-payments";
    /** The provider's page (simulator only) the customer approves or cancels on. */
    public static final String EWALLET_PAGE_PATH = "/ewallet/pay";
    /** Query parameter of a provider return holding the base64url signature of the other fields. */
    public static final String RETURN_SIGNATURE = "signature";
    public static final String CONTENT_TYPE = "text/plain; charset=UTF-8";

    // request fields
    public static final String ORDER_REFERENCE = "orderReference";
    public static final String AMOUNT = "amount";
    public static final String CARD_COMPANY = "cardCompany";
    public static final String CARD_NUMBER = "cardNumber";
    public static final String EXPIRY = "expiryYyMm";
    public static final String INSTALLMENT_MONTHS = "installmentMonths";
    public static final String REASON = "reason";
    public static final String NONCE = "nonce";
    public static final String RETURN_URL = "returnUrl";
    public static final String REDIRECT_URL = "redirectUrl";
    public static final String CAPTURE_NUMBER = "captureNumber";
    public static final String TIMESTAMP = "timestamp";
    public static final String DEPOSITOR_NAME = "depositorName";
    /** ISO local date-time (Asia/Seoul) until which a deposit is taken. */
    public static final String DEADLINE = "deadline";

    // response fields
    public static final String APPROVED = "approved";
    public static final String APPROVAL_NUMBER = "approvalNumber";
    public static final String GATEWAY_TOKEN = "gatewayToken";
    public static final String MASKED_CARD_NUMBER = "maskedCardNumber";
    public static final String DECLINE_CODE = "declineCode";
    public static final String GATEWAY_NAME = "gatewayName";
    public static final String RESULT = "result";
    public static final String STATE = "state";
    public static final String ERROR = "error";
    public static final String MESSAGE = "message";
    public static final String BANK_NAME = "bankName";
    public static final String ACCOUNT_NUMBER = "accountNumber";

    // cancel results
    public static final String RESULT_CANCELLED = "CANCELLED";
    public static final String RESULT_NOT_APPROVED = "NOT_APPROVED";
    // capture results
    public static final String RESULT_CAPTURED = "CAPTURED";
    public static final String RESULT_NOT_CAPTURABLE = "NOT_CAPTURABLE";
    // e-wallet return results (field RESULT of a provider return)
    public static final String RESULT_APPROVED = "APPROVED";

    // error codes
    public static final String ERROR_MISSING_SIGNATURE = "MISSING_SIGNATURE";
    public static final String ERROR_BAD_SIGNATURE = "BAD_SIGNATURE";
    public static final String ERROR_BAD_REQUEST = "BAD_REQUEST";
    public static final String ERROR_DUPLICATE_ORDER = "DUPLICATE_ORDER_REFERENCE";
    public static final String ERROR_REFERENCE_CANCELLED = "REFERENCE_CANCELLED";
    public static final String ERROR_AMOUNT_MISMATCH = "AMOUNT_MISMATCH";

    private GatewayProtocol() {
    }
}
