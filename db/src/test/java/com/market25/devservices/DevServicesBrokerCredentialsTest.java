package com.market25.devservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The development broker of a real installation ({@code --broker-user}, password from
 * {@code MARKET25_BROKER_PASSWORD}) lets in only that user; the demo broker stays open. A real
 * Artemis broker and JMS client on free ports.
 */
class DevServicesBrokerCredentialsTest {

    private DevServices services;

    @AfterEach
    void stop() {
        if (services != null) {
            services.stop();
        }
    }

    @Test
    void aBrokerWithAUserRefusesAnonymousAndWrongPasswordsAndServesTheUser() throws Exception {
        int port = start("market25app", "broker-secret-123");
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port);

        assertThrows(JMSSecurityRuntimeException.class, () -> factory.createContext().close(), "anonymous");
        assertThrows(JMSSecurityRuntimeException.class,
                () -> factory.createContext("market25app", "wrong-password").close(), "wrong password");
        assertThrows(JMSSecurityRuntimeException.class,
                () -> factory.createContext("someone", "broker-secret-123").close(), "another user");
        try (JMSContext context = factory.createContext("market25app", "broker-secret-123")) {
            context.createProducer().send(context.createQueue(DevServices.EMAIL_DISPATCH), "hello");
            assertEquals("hello", context.createConsumer(context.createQueue(DevServices.EMAIL_DISPATCH))
                    .receiveBody(String.class, 5_000));
        }
        assertTrue(services.readyLine().contains("broker-auth=on"), services.readyLine());
    }

    @Test
    void aBrokerUserWithoutPasswordDoesNotStart() throws Exception {
        Map<String, String> options = options();
        options.put("broker-user", "market25app");
        services = new DevServices(options, Map.of());
        IllegalStateException refused = assertThrows(IllegalStateException.class, services::start);
        assertTrue(refused.getMessage().contains(DevServices.BROKER_PASSWORD_ENV), refused.getMessage());
    }

    @Test
    void theDemoBrokerIsOpen() throws Exception {
        int port = start(null, null);
        try (JMSContext context = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port).createContext()) {
            context.createProducer().send(context.createQueue(DevServices.PAYMENT_APPROVALS), "demo");
        }
        assertTrue(services.readyLine().contains("broker-auth=off"), services.readyLine());
    }

    private int start(String user, String password) throws Exception {
        Map<String, String> options = options();
        if (user != null) {
            options.put("broker-user", user);
        }
        services = new DevServices(options, password == null ? Map.of() : Map.of(DevServices.BROKER_PASSWORD_ENV, password));
        services.start();
        return Integer.parseInt(options.get("broker-port"));
    }

    private static Map<String, String> options() throws IOException {
        Path data = Files.createTempDirectory("devservices-test");
        Map<String, String> options = new LinkedHashMap<>();
        options.put("data", data.toString());
        options.put("broker-port", String.valueOf(freePort()));
        options.put("smtp-port", String.valueOf(freePort()));
        options.put("pop3-port", "0");
        options.put("imap-port", "0");
        return options;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
