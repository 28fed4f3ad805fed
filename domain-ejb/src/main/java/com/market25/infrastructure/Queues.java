package com.market25.infrastructure;

/**
 * Names shared by producers and message-driven beans. The resource adapter is the Artemis RAR
 * embedded in the EAR, so its name is qualified by the application name.
 */
public final class Queues {

    public static final String RESOURCE_ADAPTER = "market25#artemis-ra";

    /** Approved card payments waiting to be completed (PAY-03). */
    public static final String PAYMENT_APPROVALS = "market25.payment.approvals";

    /** One message per campaign recipient (MKT-05, MKT-06). */
    public static final String EMAIL_DISPATCH = "market25.email.dispatch";

    private Queues() {
    }
}
