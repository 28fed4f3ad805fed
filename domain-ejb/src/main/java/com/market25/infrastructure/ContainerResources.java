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
            resourceAdapter = Queues.RESOURCE_ADAPTER,
            transactionSupport = TransactionSupportLevel.XATransaction,
            maxPoolSize = 32),
    @ConnectionFactoryDefinition(
            name = ContainerResources.PAYMENT_GATEWAY,
            interfaceName = "com.market25.payment.gateway.PaymentGatewayConnectionFactory",
            resourceAdapter = "market25#payment-connector",
            transactionSupport = TransactionSupportLevel.NoTransaction,
            maxPoolSize = 32)
})
public class ContainerResources {

    public static final String JMS = "java:app/jms/market25";
    public static final String PAYMENT_GATEWAY = "java:app/eis/paymentGateway";
    public static final String DATABASE = "jdbc/market25";
    public static final String MAIL = "mail/market25";
}
