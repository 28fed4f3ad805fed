package com.market25.infrastructure;

/**
 * Names shared by producers and message-driven beans. The resource adapter is the Artemis RAR
 * embedded in the EAR (module artemis-ra.rar), so it has two spellings on Payara 6:
 * message-driven beans name it with the application name ({@link #RESOURCE_ADAPTER}), while a
 * {@code @ConnectionFactoryDefinition} must name it "#module" ({@link #EMBEDDED_RESOURCE_ADAPTER});
 * Payara rejects "market25#artemis-ra" there (AS-DEPLOYMENT-00020) and prefixes the application
 * name itself.
 */
public final class Queues {

    /** For the activation property {@code resourceAdapter} of message-driven beans. */
    public static final String RESOURCE_ADAPTER = "market25#artemis-ra";

    /** For {@code @ConnectionFactoryDefinition(resourceAdapter = ...)}. */
    public static final String EMBEDDED_RESOURCE_ADAPTER = "#artemis-ra";

    /** Approved card payments waiting to be completed (PAY-03). */
    public static final String PAYMENT_APPROVALS = "market25.payment.approvals";

    /** One message per campaign recipient (MKT-05, MKT-06). */
    public static final String EMAIL_DISPATCH = "market25.email.dispatch";

    private Queues() {
    }
}
