package com.market25.devservices;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Development and test services in one JVM: a persistent ActiveMQ Artemis broker (the same broker
 * code as a standalone Artemis, configured in code because the Artemis distribution is not on
 * Maven Central) and a GreenMail mail server (SMTP plus POP3 and IMAP so tests can read what was
 * delivered).
 *
 * <pre>
 * java -cp db/target/classes:$(cat db/target/devservices.classpath) com.market25.devservices.DevServices \
 *   --data .run/broker --broker-port 61616 --smtp-port 2525 --pop3-port 2110 --imap-port 2143 \
 *   --mail-user market25 --mail-password market25
 * </pre>
 *
 * Prints {@value #READY} followed by the endpoints once everything listens, and stops cleanly
 * on SIGTERM / SIGINT (journal closed, sockets released). A port of 0 disables that service
 * (POP3 or IMAP only).
 *
 * <p>With {@code --broker-user NAME} the broker refuses every connection that does not sign in
 * as that user with the password in the environment variable {@value #BROKER_PASSWORD_ENV}
 * (kept off the command line, where any local user could read it). Without it the broker is
 * open, as a demo on one machine needs.
 */
public final class DevServices {

    /** First word of the line printed when all services listen. */
    public static final String READY = "MARKET25-DEVSERVICES-READY";

    public static final String PAYMENT_APPROVALS = "market25.payment.approvals";
    public static final String EMAIL_DISPATCH = "market25.email.dispatch";
    public static final String SMS_OUTBOUND = "market25.sms.outbound";
    public static final String EMAIL_OUTBOUND = "market25.email.outbound";
    public static final String SMS_REPORTS = "market25.sms.reports";
    public static final String CAMPAIGN_DISPATCH = "market25.campaign.dispatch";
    public static final String DEPOSIT_NOTIFICATIONS = "market25.payment.deposits";
    public static final String DEPOSIT_DEAD_LETTERS = "market25.payment.deposits.dead";
    public static final String DEAD_LETTER = "market25.DLQ";
    public static final String EXPIRY = "market25.expiry";

    /** Environment variable holding the broker password when {@code --broker-user} is given. */
    public static final String BROKER_PASSWORD_ENV = "MARKET25_BROKER_PASSWORD";

    /** Redelivery policy of the application queues: 5 deliveries, 1 s, 2 s, 4 s, 8 s apart. */
    public static final int MAX_DELIVERY_ATTEMPTS = 5;
    public static final long REDELIVERY_DELAY_MS = 1_000;
    public static final double REDELIVERY_MULTIPLIER = 2.0;
    public static final long MAX_REDELIVERY_DELAY_MS = 30_000;

    /** Deposit notifications: 4 deliveries, 0.5 s, 1 s, 2 s apart, then their dead-letter queue. */
    public static final int DEPOSIT_MAX_DELIVERY_ATTEMPTS = 4;
    public static final long DEPOSIT_REDELIVERY_DELAY_MS = 500;

    private final Map<String, String> options;
    private final Map<String, String> environment;
    private EmbeddedActiveMQ broker;
    private GreenMail mail;
    private SmtpSink sink;

    public DevServices(Map<String, String> options) {
        this(options, System.getenv());
    }

    DevServices(Map<String, String> options, Map<String, String> environment) {
        this.options = options;
        this.environment = environment;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        if (options.containsKey("help")) {
            System.out.println("usage: DevServices --data DIR [--host 127.0.0.1] [--broker-port 61616]"
                    + " [--smtp-port 2525] [--pop3-port 2110] [--imap-port 2143]"
                    + " [--mail-user market25] [--mail-password market25] [--mail-address shop@market25.local]"
                    + " [--mail-sink true (SMTP accepts and drops every mail: the dispatch bench)]"
                    + " [--broker-user NAME (password from $" + BROKER_PASSWORD_ENV + ")]");
            return;
        }
        DevServices services = new DevServices(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.stop();
            stopped.countDown();
        }, "devservices-shutdown"));
        try {
            services.start();
        } catch (Exception e) {
            System.err.println("DevServices failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println(services.readyLine());
        System.out.flush();
        stopped.await();
    }

    public synchronized void start() throws Exception {
        startBroker();
        startMail();
    }

    public synchronized void stop() {
        if (sink != null) {
            sink.stop();
            sink = null;
        }
        if (mail != null) {
            try {
                mail.stop();
            } catch (RuntimeException e) {
                System.err.println("GreenMail stop: " + e);
            }
            mail = null;
        }
        if (broker != null) {
            try {
                broker.stop();
            } catch (Exception e) {
                System.err.println("Artemis stop: " + e);
            }
            broker = null;
        }
        System.out.println("DevServices stopped");
        System.out.flush();
    }

    public String readyLine() {
        String host = host();
        StringBuilder line = new StringBuilder(READY)
                .append(" broker=tcp://").append(host).append(':').append(port("broker-port", 61616))
                .append(" broker-auth=").append(brokerUser() == null ? "off" : "on")
                .append(" smtp=").append(host).append(':').append(port("smtp-port", 2525));
        if (port("pop3-port", 2110) > 0) {
            line.append(" pop3=").append(host).append(':').append(port("pop3-port", 2110));
        }
        if (port("imap-port", 2143) > 0) {
            line.append(" imap=").append(host).append(':').append(port("imap-port", 2143));
        }
        return line.toString();
    }

    private void startBroker() throws Exception {
        Path data = Path.of(options.getOrDefault("data", "devservices-data")).toAbsolutePath();
        Files.createDirectories(data);

        Configuration config = new ConfigurationImpl();
        config.setName("market25");
        config.setPersistenceEnabled(true);
        config.setJournalType(JournalType.NIO);
        config.setJournalDirectory(dir(data, "journal"));
        config.setBindingsDirectory(dir(data, "bindings"));
        config.setPagingDirectory(dir(data, "paging"));
        config.setLargeMessagesDirectory(dir(data, "large-messages"));
        config.setNodeManagerLockDirectory(dir(data, "lock"));
        config.setJournalFileSize(2 * 1024 * 1024);
        config.setJournalMinFiles(2);
        config.setJournalPoolFiles(10);
        String user = brokerUser();
        config.setSecurityEnabled(user != null);
        config.setJMXManagementEnabled(false);
        config.setCriticalAnalyzer(false);
        // a nearly full CI disk must not block producers of a development broker
        config.setMaxDiskUsage(-1);
        config.setGracefulShutdownEnabled(false);
        config.addAcceptorConfiguration("core",
                "tcp://" + host() + ":" + port("broker-port", 61616) + "?protocols=CORE");

        AddressSettings appQueues = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER))
                .setExpiryAddress(SimpleString.of(EXPIRY))
                .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                .setRedeliveryDelay(REDELIVERY_DELAY_MS)
                .setRedeliveryMultiplier(REDELIVERY_MULTIPLIER)
                .setMaxRedeliveryDelay(MAX_REDELIVERY_DELAY_MS);
        config.addAddressSetting("market25.#", appQueues);
        // deposit notifications (PAY-03): 4 deliveries 0.5 s, 1 s, 2 s apart, then their own
        // dead-letter queue, which the back office's dead-letter screen is fed from
        config.addAddressSetting(DEPOSIT_NOTIFICATIONS, new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEPOSIT_DEAD_LETTERS))
                .setExpiryAddress(SimpleString.of(EXPIRY))
                .setMaxDeliveryAttempts(DEPOSIT_MAX_DELIVERY_ATTEMPTS)
                .setRedeliveryDelay(DEPOSIT_REDELIVERY_DELAY_MS)
                .setRedeliveryMultiplier(REDELIVERY_MULTIPLIER)
                .setMaxRedeliveryDelay(MAX_REDELIVERY_DELAY_MS));
        config.addAddressSetting(DEPOSIT_DEAD_LETTERS, new AddressSettings().setMaxDeliveryAttempts(-1)
                .setRedeliveryDelay(REDELIVERY_DELAY_MS));
        // the dead-letter and expiry queues themselves keep their messages
        config.addAddressSetting(DEAD_LETTER, new AddressSettings().setMaxDeliveryAttempts(-1));
        config.addAddressSetting(EXPIRY, new AddressSettings().setMaxDeliveryAttempts(-1));

        for (String queue : List.of(PAYMENT_APPROVALS, EMAIL_DISPATCH, EMAIL_OUTBOUND, SMS_OUTBOUND, SMS_REPORTS, CAMPAIGN_DISPATCH, DEAD_LETTER, EXPIRY,
                DEPOSIT_NOTIFICATIONS, DEPOSIT_DEAD_LETTERS)) {
            config.addQueueConfiguration(QueueConfiguration.of(queue)
                    .setAddress(queue)
                    .setRoutingType(RoutingType.ANYCAST)
                    .setDurable(true));
        }

        broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        if (user != null) {
            String password = environment.get(BROKER_PASSWORD_ENV);
            if (password == null || password.isEmpty()) {
                throw new IllegalStateException("--broker-user " + user + " needs the password in $" + BROKER_PASSWORD_ENV);
            }
            broker.setSecurityManager(new SingleUser(user, password));
        }
        broker.start();
    }

    private void startMail() throws IOException {
        String host = host();
        List<ServerSetup> setups = new ArrayList<>();
        if (Boolean.parseBoolean(options.getOrDefault("mail-sink", "false"))) {
            // the dispatch bench: every mail accepted and dropped (SmtpSink)
            sink = new SmtpSink(host, port("smtp-port", 2525));
            sink.start();
        } else {
            setups.add(new ServerSetup(port("smtp-port", 2525), host, ServerSetup.PROTOCOL_SMTP));
        }
        if (port("pop3-port", 2110) > 0) {
            setups.add(new ServerSetup(port("pop3-port", 2110), host, ServerSetup.PROTOCOL_POP3));
        }
        if (port("imap-port", 2143) > 0) {
            setups.add(new ServerSetup(port("imap-port", 2143), host, ServerSetup.PROTOCOL_IMAP));
        }
        // Any recipient gets a mailbox on delivery; tests read it over POP3/IMAP with the
        // recipient address as login (authentication is off, so any password is accepted).
        // The configured user owns the shop's own address.
        GreenMailConfiguration mailConfig = GreenMailConfiguration.aConfig()
                .withUser(options.getOrDefault("mail-address", "shop@market25.local"),
                        options.getOrDefault("mail-user", "market25"),
                        options.getOrDefault("mail-password", "market25"))
                .withDisabledAuthentication();
        mail = new GreenMail(setups.toArray(new ServerSetup[0])).withConfiguration(mailConfig);
        mail.start();
    }

    private String brokerUser() {
        String user = options.get("broker-user");
        return user == null || user.isBlank() ? null : user.trim();
    }

    private String host() {
        return options.getOrDefault("host", "127.0.0.1");
    }

    private int port(String name, int fallback) {
        String value = options.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static String dir(Path data, String name) throws IOException {
        return Files.createDirectories(data.resolve(name)).toString();
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String key = arg.substring(2);
            int eq = key.indexOf('=');
            if (eq >= 0) {
                options.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(key, args[++i]);
            } else {
                options.put(key, "true");
            }
        }
        return options;
    }

    /**
     * One user with every permission: enough for a broker that serves one application, and no
     * JAAS files to write. Comparisons take the same time whatever matches.
     */
    static final class SingleUser implements ActiveMQSecurityManager {

        private final byte[] user;
        private final byte[] password;

        SingleUser(String user, String password) {
            this.user = user.getBytes(StandardCharsets.UTF_8);
            this.password = password.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public boolean validateUser(String user, String password) {
            boolean userMatches = MessageDigest.isEqual(this.user, bytes(user));
            boolean passwordMatches = MessageDigest.isEqual(this.password, bytes(password));
            return userMatches & passwordMatches;
        }

        @Override
        public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
            return validateUser(user, password);
        }

        private static byte[] bytes(String s) {
            return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
        }
    }
}
