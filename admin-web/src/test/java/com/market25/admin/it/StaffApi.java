package com.market25.admin.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The back office's JSON API (/admin/api) as a staff member calls it: HTTP Basic on every
 * request, JSON in and out. Values are read from the answers with {@link #field}, which is all
 * the tests need (no JSON library on the test class path).
 */
final class StaffApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;

    StaffApi(String login, String password) {
        String admin = AdminBrowser.adminUrlOrSkip();
        this.base = (admin.endsWith("/") ? admin : admin + "/") + "api/";
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static StaffApi admin() {
        return new StaffApi(AdminBrowser.STAFF, AdminBrowser.STAFF_PASSWORD);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Staff cancel these items of a slip before shipment (after-sales), refunding at once; the answer. */
    HttpResponse<String> cancelItems(String slip, String requestId, int... lines) throws IOException, InterruptedException {
        String list = java.util.Arrays.stream(lines).mapToObj(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        return post("after-sales/orders/" + slip + "/cancel", "{\"lines\":[" + list + "],\"requestId\":\"" + requestId
                + "\",\"reason\":\"OTHER\"}");
    }

    /** A field of the gateway's own view of the slip's payment (state, remainingAmount …), asked through the shop. */
    String gatewayView(String slip, String field) throws IOException, InterruptedException {
        return field(get("after-sales/orders/" + slip + "/gateway").body(), field);
    }

    /** {@code GET customers?q=…}, the text URL-encoded as any client must. */
    HttpResponse<String> search(String q, String more) throws IOException, InterruptedException {
        return get("customers?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (more == null ? "" : "&" + more));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", authorization).header("Accept-Language", "ko");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The first value of a JSON field: a string's text, or a number/boolean/null as written. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\]]+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    /** A unique Korean mobile number for one test run, written the way the test wants. */
    static String uniqueMobile() {
        long n = (System.nanoTime() / 1000) % 100_000_000L;
        return String.format("010-%04d-%04d", n / 10_000, n % 10_000);
    }

    /**
     * A new staff member holding only {@code role}, signing in with the demo admin's password
     * (demo accounts sign in in demo mode); the login.
     */
    static String newStaffWithRole(String prefix, String role) throws SQLException {
        String login = prefix + Long.toString(System.nanoTime(), 36);
        try (Connection c = db()) {
            try (java.sql.PreparedStatement ps = c.prepareStatement("insert into staff (login_id, password_hash, name,"
                    + " branch_code, active, demo_account, created_at, updated_at, updated_by) select ?, password_hash,"
                    + " ?, '0001', true, true, now(3), now(3), 'it' from staff where login_id = 'admin'")) {
                ps.setString(1, login);
                ps.setString(2, role);
                ps.executeUpdate();
            }
            try (java.sql.PreparedStatement ps = c.prepareStatement("insert into staff_role (staff_id, role)"
                    + " select id, ? from staff where login_id = ?")) {
                ps.setString(1, role);
                ps.setString(2, login);
                ps.executeUpdate();
            }
        }
        return login;
    }

    static Connection db() throws SQLException {
        AdminBrowser.databaseUrl("the test prepares and checks rows");
        return DriverManager.getConnection(System.getProperty("market25.db.url"),
                System.getProperty("market25.db.user"), System.getProperty("market25.db.password"));
    }
}
