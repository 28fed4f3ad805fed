package com.market25.admin.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The delivery API (/admin/api/delivery) as the logistics desk's scripts call it: HTTP Basic,
 * JSON, files as the request body. Result reports are read line by line with {@link #outcomes}.
 */
final class DeliveryApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");

    private final String base;
    private final String authorization;

    DeliveryApi() {
        this(AdminBrowser.STAFF, AdminBrowser.STAFF_PASSWORD);
    }

    /** The API as this staff member calls it. */
    DeliveryApi(String login, String password) {
        String admin = AdminBrowser.adminUrlOrSkip();
        this.base = (admin.endsWith("/") ? admin : admin + "/") + "api/delivery/";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> upload(String path, byte[] file) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    /** {@code {"slips": [...]}}. */
    static String slips(List<String> slips) {
        return "{\"slips\":[" + slips.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",")) + "]}";
    }

    /** The report's outcomes, each as its JSON object text, in report order. */
    static List<String> outcomes(String report) {
        int start = report.indexOf("\"outcomes\":[");
        List<String> all = new ArrayList<>();
        Matcher m = OBJECT.matcher(report.substring(start));
        while (m.find()) {
            all.add(m.group());
        }
        return all;
    }

    /** The outcome of the report line about this slip. */
    static String outcomeOf(String report, String slipNo) {
        return outcomes(report).stream().filter(o -> o.contains("\"slipNo\":\"" + slipNo + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + slipNo + " in " + report));
    }

    static String field(String json, String name) {
        return StaffApi.field(json, name);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept-Language", "ko");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
