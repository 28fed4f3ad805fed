package com.market25.ear.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test stack that {@code .ci/market25 test} started, as the fault suite sees it: where it
 * answers, and the script commands that kill one component with SIGKILL and bring the stack back
 * ({@code test-kill}, {@code test-restart}, {@code test-status}). Every setting is required: the
 * suite fails, never skips, when it is run without them.
 */
final class FaultStack {

    /** The three components a crash can take away. */
    enum Component {
        PAYARA("payara"), BROKER("broker"), MARIADB("mariadb");

        final String word;

        Component(String word) {
            this.word = word;
        }
    }

    /** What /health answered and how long it took. */
    record Health(int status, String body, Duration took) {
    }

    final String url;
    final String adminUrl;
    final String dbUrl;
    final String dbUser;
    final String dbPassword;
    final int pop3Port;
    final Path serverLog;
    private final Path script;
    private final Path runDir;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private FaultStack() {
        url = slash(required("market25.url"));
        adminUrl = slash(required("market25.admin.url"));
        dbUrl = required("market25.db.url");
        dbUser = required("market25.db.user");
        dbPassword = System.getProperty("market25.db.password", "");
        pop3Port = Integer.parseInt(required("market25.pop3.port"));
        serverLog = Path.of(required("market25.server.log"));
        script = Path.of(required("market25.stack.script"));
        runDir = Path.of(required("market25.run.dir"));
        if (!Files.isExecutable(script)) {
            fail("market25.stack.script " + script + " is not an executable script");
        }
    }

    static FaultStack fromSystemProperties() {
        return new FaultStack();
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            fail("system property " + name + " is not set: the fault suite runs against the stack of"
                    + " `.ci/market25 test` (phase 3), which passes it");
        }
        return value.trim();
    }

    private static String slash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** Process id of each running component; "down" for one that is not running. */
    Map<Component, String> status() {
        String line = lastLine(run(Duration.ofSeconds(30), "test-status"));
        Map<Component, String> pids = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(payara|broker|mariadb)=(\\S+)").matcher(line);
        while (m.find()) {
            for (Component c : Component.values()) {
                if (c.word.equals(m.group(1))) {
                    pids.put(c, m.group(2));
                }
            }
        }
        if (pids.size() != 3) {
            fail("test-status answered '" + line + "'");
        }
        return pids;
    }

    /** SIGKILL of the component's process; returns once the process is gone. */
    void kill(Component component) {
        run(Duration.ofSeconds(60), "test-kill", component.word);
    }

    /**
     * {@code test-restart}: the script's own recovery (the same as {@code .ci/market25 start}
     * after a crash), which must reuse what runs and start what is down. Returns its output.
     */
    String restart() {
        return run(Duration.ofMinutes(6), "test-restart");
    }

    /**
     * Restarts after {@code killed} died and checks the script brought back exactly that: the
     * other two components keep their processes, the killed one has a new one.
     */
    void restartAndCheckOnly(Component killed, Map<Component, String> before) {
        String output = restart();
        Map<Component, String> after = status();
        for (Component c : Component.values()) {
            if (c == killed) {
                if ("down".equals(after.get(c)) || after.get(c).equals(before.get(c))) {
                    fail(c.word + " was not started again (before " + before + ", after " + after + "):\n" + output);
                }
            } else {
                assertEquals(before.get(c), after.get(c), c.word + " was running and healthy: the restart after "
                        + killed.word + " died must reuse it, not stop it\n" + output);
            }
        }
    }

    Health health() {
        Instant start = Instant.now();
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "health"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Health(r.statusCode(), r.body().trim(), Duration.between(start, Instant.now()));
        } catch (IOException e) {
            return new Health(-1, e.toString(), Duration.between(start, Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Polls /health until it answers {@code expectedBody}; returns the answers seen, last one
     * matching. Fails after the timeout with every answer seen.
     */
    List<Health> awaitHealth(String expectedBody, Duration timeout) {
        List<Health> seen = new ArrayList<>();
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            Health h = health();
            seen.add(h);
            if (h.body().equals(expectedBody)) {
                return seen;
            }
            sleep(300);
        }
        fail("/health did not answer " + expectedBody + " within " + timeout + "; answers: " + seen);
        return seen;
    }

    static final String ALL_UP = "{\"status\":\"UP\",\"database\":\"UP\",\"broker\":\"UP\"}";
    static final String BROKER_DOWN = "{\"status\":\"DOWN\",\"database\":\"UP\",\"broker\":\"DOWN\"}";
    static final String DATABASE_DOWN = "{\"status\":\"DOWN\",\"database\":\"DOWN\",\"broker\":\"UP\"}";

    private String run(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("MARKET25_RUN_DIR", runDir.toString());
        try {
            Path out = Files.createTempFile("market25-" + args[0], ".log");
            pb.redirectOutput(out.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeout + ":\n" + Files.readString(out));
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            if (p.exitValue() != 0) {
                fail(String.join(" ", command) + " failed (exit " + p.exitValue() + "):\n" + output);
            }
            System.out.println("[fault suite] " + String.join(" ", args) + ":\n" + output);
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
