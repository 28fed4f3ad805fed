package com.market25.admin.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A second payment gateway for the registry tests (PAY-01), run by the test itself: it passes every
 * signed request of the shop unchanged to the demo's gateway simulator and signs the simulator's
 * answer again with a key of its own. To the shop it is a gateway like any other (its own address,
 * its own key, read from the PEM file its key reference names); to the test it tells which
 * requests, for which order reference, reached it. The shop and the test run on one machine, so
 * the key file the test writes is the one the server reads.
 */
final class RelayGateway implements AutoCloseable {

    private static final String SIGNATURE = "X-M25-Signature";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One request that reached the relay: its path and the order reference it was about. */
    record Seen(String path, String orderReference) {
    }

    private final URI simulator;
    private final PrivateKey key;
    private final Path publicKeyFile;
    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private RelayGateway(URI simulator) throws Exception {
        this.simulator = simulator;
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        this.key = pair.getPrivate();
        // a new file each run: the connector reads a key reference once and keeps it by its path
        this.publicKeyFile = Files.createTempFile("m25-relay-gateway-", ".pub.pem");
        Files.writeString(publicKeyFile, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic()
                        .getEncoded()) + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
        publicKeyFile.toFile().setReadable(true, false);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::relay);
        server.start();
    }

    /** A relay in front of the simulator at {@code simulator} (its base address). */
    static RelayGateway startInFrontOf(URI simulator) throws Exception {
        return new RelayGateway(simulator);
    }

    /** The address to register the relay under (the gateway's 접속 주소). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The PEM file of the relay's public key (the gateway's 키 참조). */
    String keyReference() {
        return publicKeyFile.toAbsolutePath().toString();
    }

    /** The paths of the requests about this order reference that reached the relay, in order. */
    List<String> pathsFor(String orderReference) {
        return seen.stream().filter(s -> orderReference.equals(s.orderReference())).map(Seen::path).toList();
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getRawPath();
            seen.add(new Seen(path, field(body, "orderReference")));
            HttpRequest.Builder forward = HttpRequest.newBuilder(simulator.resolve(exchange.getRequestURI().toString()))
                    .timeout(Duration.ofSeconds(20))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null) {
                forward.header("Content-Type", contentType);
            }
            String signature = exchange.getRequestHeaders().getFirst(SIGNATURE);
            if (signature != null) {
                forward.header(SIGNATURE, signature);
            }
            HttpResponse<byte[]> answer = HTTP.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
            exchange.getResponseHeaders().set(SIGNATURE, sign(answer.body()));
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                exchange.getResponseBody().write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            exchange.sendResponseHeaders(502, -1);
        }
    }

    private String sign(byte[] body) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(body);
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    /** A field of the canonical message format (sorted {@code key=percent-encoded value} lines). */
    private static String field(byte[] body, String name) {
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith(name + "=")) {
                return URLDecoder.decode(line.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        Files.deleteIfExists(publicKeyFile);
    }
}
