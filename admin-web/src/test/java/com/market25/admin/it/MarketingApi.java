package com.market25.admin.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;

/**
 * The back office's JSON API as the demo staff member (HTTP Basic) and the EAR's database, for the
 * RFM and segment tests (MKT-01, MKT-02, MKT-13).
 */
final class MarketingApi {

    final String api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String auth = "Basic " + Base64.getEncoder()
            .encodeToString((AdminBrowser.STAFF + ":" + AdminBrowser.STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));

    MarketingApi() {
        String admin = AdminBrowser.adminUrlOrSkip();
        AdminBrowser.databaseUrl("the RFM tests write their fixture customers into the database");
        this.api = (admin.endsWith("/") ? admin : admin + "/") + "api/";
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return post(path, "application/json", json);
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", auth)
                .header("Content-Type", contentType).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Any method with a JSON body (PUT for the customer form). */
    HttpResponse<String> http(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("market25.db.url"), System.getProperty("market25.db.user"),
                System.getProperty("market25.db.password"));
    }

    static jakarta.json.JsonObject object(String json) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject();
        }
    }
}
