package com.market25.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where the services of an integration test run come from, on both sides of Arquillian.
 *
 * <p>Client side (the failsafe JVM): the test command passes {@code market25.db.url},
 * {@code market25.db.user}, {@code market25.db.password}, {@code market25.broker.port},
 * {@code market25.smtp.port}, {@code market25.pop3.port}, {@code market25.mail.user},
 * {@code market25.mail.password} as system properties. From them {@link #deployment()} writes the
 * post-boot command file Payara Micro runs before it deploys anything (JDBC pool and
 * {@code jdbc/market25}, {@code mail/market25}, the Artemis adapter's broker address), and packs
 * the mail ports into the WAR for the tests that read mailboxes.
 *
 * <p>Server side (inside Payara Micro) the system properties are absent; the packed
 * {@value #SETTINGS} stands in for them.
 */
public final class ItEnvironment implements ExecutionCondition, org.junit.jupiter.api.extension.InvocationInterceptor {

    static final String SETTINGS = "market25-it.properties";

    /** The standalone adapters' names: the file names Payara Micro deploys them from. */
    static final String ARTEMIS_RA = "artemis-ra";
    static final String PAYMENT_RA = "payment-connector";

    private static final List<String> KEYS = List.of("market25.db.url", "market25.db.user",
            "market25.db.password", "market25.broker.host", "market25.broker.port", "market25.smtp.port",
            "market25.pop3.port", "market25.mail.user", "market25.mail.password");

    /** Skips the class (before any container starts) unless a database was given to the run. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!blank(System.getProperty("market25.db.url"))) {
            return ConditionEvaluationResult.enabled("market25.db.url is set");
        }
        if (Thread.currentThread().getContextClassLoader().getResource(SETTINGS) != null) {
            return ConditionEvaluationResult.enabled("running inside the test deployment");
        }
        String why = "no market25.db.url: integration services not provided"
                + " (run through .ci/market25 or pass -Dmarket25.db.url=jdbc:mariadb://...)";
        if (required()) {
            // in CI a missing service is a failure, never a quietly skipped test
            throw new IllegalStateException(why);
        }
        return ConditionEvaluationResult.disabled(why);
    }

    /**
     * Inside the container every test method runs as the test administrator (every role, the
     * customer's included: {@link ActAsAdministrator}), the way a signed-in caller reaches the
     * boundaries from the web tier. Tests of refusals switch to a narrower caller with
     * {@link Acting}. Threads a test starts itself carry no caller: they use {@link Acting} too.
     */
    @Override
    public void interceptTestMethod(Invocation<Void> invocation,
            org.junit.jupiter.api.extension.ReflectiveInvocationContext<java.lang.reflect.Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        if (Thread.currentThread().getContextClassLoader().getResource(SETTINGS) == null) {
            invocation.proceed();
            return;
        }
        try {
            Acting.asAdministrator().run(() -> {
                try {
                    invocation.proceed();
                } catch (Exception | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            });
        } catch (jakarta.ejb.EJBException e) {
            // the run-as bean wraps what the test threw (an assertion error among them)
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw cause instanceof java.lang.reflect.UndeclaredThrowableException u ? u.getCause() : cause;
        }
    }

    /** True in CI ({@code CI} set) or when the test command asks for it ({@code -Dmarket25.it.required=true}). */
    static boolean required() {
        String ci = System.getenv("CI");
        return Boolean.getBoolean("market25.it.required") || (ci != null && !ci.isBlank() && !ci.equals("false"));
    }

    /** The settings inside the container (the packed copy of the client's system properties). */
    static Properties settings() {
        Properties settings = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SETTINGS)) {
            if (in == null) {
                throw new IllegalStateException(SETTINGS + " missing from the test deployment");
            }
            settings.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }

    /**
     * The test WAR: domain-ejb as built (WEB-INF/lib/domain-ejb.jar, with persistence.xml,
     * beans.xml and the message bundles), the runtime libraries the EAR keeps in lib/ (Hibernate,
     * Flyway, db.jar with the migrations), the descriptors that point the application at the
     * standalone adapters, and the test classes.
     */
    static WebArchive deployment(Class<?>... testClasses) {
        Path itDir = Path.of(required("market25.it.dir")).toAbsolutePath();
        writePostBoot(itDir.resolve("postboot.asadmin"));

        JavaArchive domain = ShrinkWrap.create(ExplodedImporter.class, "domain-ejb.jar")
                .importDirectory(itDir.resolveSibling("classes").toFile())
                .as(JavaArchive.class);
        File[] libs = itDir.resolve("lib").toFile().listFiles((dir, name) -> name.endsWith(".jar"));
        if (libs == null || libs.length == 0) {
            throw new IllegalStateException("no libraries in " + itDir.resolve("lib")
                    + ": run through Maven (pre-integration-test copies them)");
        }
        Arrays.sort(libs);
        return ShrinkWrap.create(WebArchive.class, "market25-it.war")
                .addAsLibrary(domain)
                .addAsLibraries(libs)
                .addClasses(testClasses)
                .addClasses(ItEnvironment.class, Db.class, Mailbox.class, Await.class)
                .addClasses(Acting.class, Acting.Work.class, ActAsAdministrator.class, ActAsCustomer.class,
                        ActAsReadOnly.class)
                .addAsWebInfResource("com/market25/it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("com/market25/it/glassfish-web.xml", "glassfish-web.xml")
                .setWebXML("com/market25/it/web.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsResource(new StringAsset(settingsText()), SETTINGS);
    }

    private static String settingsText() {
        Properties copy = new Properties();
        for (String key : KEYS) {
            copy.setProperty(key, value(key));
        }
        StringWriter out = new StringWriter();
        try {
            copy.store(out, "copied from the failsafe JVM by ItEnvironment");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Payara Micro runs these after boot and before the deployments: a MariaDB XA pool with
     * {@code jdbc/market25}, the mail session {@code mail/market25} on the GreenMail SMTP port,
     * the broker address of the standalone Artemis adapter (its resource-adapter-config must
     * exist before the adapter starts), then the two adapters themselves.
     */
    private static void writePostBoot(Path file) {
        String url = required("market25.db.url");
        if (!url.contains("sslMode=")) {
            url += (url.contains("?") ? "&" : "?") + "sslMode=disable";
        }
        String pool = "market25-it-pool";
        String commands = String.join("\n",
                "create-jdbc-connection-pool --datasourceclassname=org.mariadb.jdbc.MariaDbDataSource"
                        + " --restype=javax.sql.XADataSource --steadypoolsize=2 --maxpoolsize=32"
                        + " --isconnectvalidatereq=true --validationmethod=auto-commit"
                        + " --property url=" + escape(url) + ":user=" + escape(required("market25.db.user"))
                        + (value("market25.db.password").isEmpty() ? ""
                                : ":password=" + escape(value("market25.db.password")))
                        + " " + pool,
                "create-jdbc-resource --connectionpoolid=" + pool + " jdbc/market25",
                "create-javamail-resource --mailhost=127.0.0.1 --mailuser=" + value("market25.mail.user")
                        + " --fromaddress=shop@market25.local"
                        + " --property mail-smtp-port=" + value("market25.smtp.port") + " mail/market25",
                "create-resource-adapter-config --property ConnectionParameters="
                        + escape("host=" + value("market25.broker.host") + ";port=" + value("market25.broker.port"))
                        + " " + ARTEMIS_RA,
                // the tests pay with the simulator: a real installation never gets it by default
                "create-resource-adapter-config --property SimulatorEnabled=true " + PAYMENT_RA,
                // before the WAR: Micro deploys its --deploy options in the order given, WAR first
                "deploy --name=" + ARTEMIS_RA + " " + itDirOf(file).resolve(ARTEMIS_RA + ".rar"),
                "deploy --name=" + PAYMENT_RA + " " + itDirOf(file).resolve(PAYMENT_RA + ".rar"),
                "");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, commands, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path itDirOf(Path postBootFile) {
        return postBootFile.toAbsolutePath().getParent();
    }

    /** asadmin property syntax: name=value pairs separated by ':'; escape ':' '=' '\' in values. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == ':' || c == '=' || c == '\\') {
                out.append('\\');
            }
            if (Character.isWhitespace(c)) {
                throw new IllegalArgumentException("whitespace cannot go into a post-boot command: " + value);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (blank(value)) {
            throw new IllegalStateException("system property " + key + " is not set");
        }
        return value.trim();
    }

    private static final Properties DEFAULTS = new Properties();

    static {
        DEFAULTS.setProperty("market25.db.password", "");
        DEFAULTS.setProperty("market25.broker.host", "127.0.0.1");
        DEFAULTS.setProperty("market25.broker.port", "61616");
        DEFAULTS.setProperty("market25.smtp.port", "2525");
        DEFAULTS.setProperty("market25.pop3.port", "2110");
        DEFAULTS.setProperty("market25.mail.user", "market25");
        DEFAULTS.setProperty("market25.mail.password", "market25");
    }

    private static String value(String key) {
        String value = System.getProperty(key);
        return blank(value) ? DEFAULTS.getProperty(key, "") : value.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank() || s.startsWith("${");
    }
}
