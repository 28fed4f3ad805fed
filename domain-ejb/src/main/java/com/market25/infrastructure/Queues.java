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

    /** Text messages for the SMS gateway, up to 500 sms_message ids per message (MKT-06). */
    public static final String SMS_OUTBOUND = "market25.sms.outbound";

    /** Campaign e-mail to send, up to 50 email_message ids per message (MKT-05). */
    public static final String EMAIL_OUTBOUND = "market25.email.outbound";

    /** The SMS gateway's delivery reports, many per message (MKT-06). */
    public static final String SMS_REPORTS = "market25.sms.reports";

    /** Batches of a campaign's channel project to send (MKT-05, MKT-06). */
    public static final String CAMPAIGN_DISPATCH = "market25.campaign.dispatch";

    /** Bank deposit notifications to approve in batches, one message per notification (PAY-03). */
    public static final String DEPOSIT_NOTIFICATIONS = "market25.payment.deposits";

    /** Deposit notifications that failed every delivery: the dead-letter screen (PAY-03). */
    public static final String DEPOSIT_DEAD_LETTERS = "market25.payment.deposits.dead";

    private Queues() {
    }
}
