package com.market25.infrastructure;

import jakarta.ejb.Singleton;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.ConnectionFactoryDefinitions;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * Connection factories the application defines for itself, so that the EAR carries its own
 * wiring to the two embedded resource adapters and nothing has to be created by hand.
 */
@Singleton
@ConnectionFactoryDefinitions({
    @ConnectionFactoryDefinition(
            name = ContainerResources.JMS,
            interfaceName = "jakarta.jms.ConnectionFactory",
            resourceAdapter = Queues.EMBEDDED_RESOURCE_ADAPTER,
            transactionSupport = TransactionSupportLevel.XATransaction,
            maxPoolSize = 32,
            // a producer's connection fails at once when the broker goes away, and the pool replaces
            // it, instead of reconnecting inside a request (the adapter's default, which message-driven
            // beans keep so they come back by themselves)
            properties = {"ReconnectAttempts=0",
                // the broker user of a real installation (.ci/market25 sets both in every mode)
                "UserName=${ENV=MARKET25_BROKER_USER}", "Password=${ENV=MARKET25_BROKER_PASSWORD}"}),
    @ConnectionFactoryDefinition(
            name = ContainerResources.PAYMENT_GATEWAY,
            interfaceName = "com.market25.payment.gateway.PaymentGatewayConnectionFactory",
            resourceAdapter = ContainerResources.PAYMENT_RESOURCE_ADAPTER,
            transactionSupport = TransactionSupportLevel.NoTransaction,
            maxPoolSize = 32)
})
public class ContainerResources {

    public static final String JMS = "java:app/jms/market25";
    public static final String PAYMENT_GATEWAY = "java:app/eis/paymentGateway";
    /** The embedded payment-connector.rar; "#module" form, as Payara requires in a definition. */
    public static final String PAYMENT_RESOURCE_ADAPTER = "#payment-connector";
    public static final String DATABASE = "jdbc/market25";
    public static final String MAIL = "mail/market25";
}
