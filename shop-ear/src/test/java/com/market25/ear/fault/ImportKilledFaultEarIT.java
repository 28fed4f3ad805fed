package com.market25.ear.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.ear.fault.FaultStack.Component;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MEM-03: {@code kill -9} of Payara while an import reads its file. The job's checkpoint (the
 * first line not committed) moved with each committed chunk; after the stack script starts
 * Payara again, the job is taken over 35 s after the start and goes on from there. Every line
 * must be read once (the job's own count) and every order be in {@code purchase_history} once.
 */
class ImportKilledFaultEarIT {

    static final int LINES = 400_000;

    @Test
    @DisplayName("MEM-03: an import killed while reading resumes from its checkpoint after the restart and imports no line twice")
    void mem03_anImportKilledMidFileResumesWithoutALineTwice() throws Exception {
        FaultStack stack = FaultStack.fromSystemProperties();
        stack.awaitHealth(FaultStack.ALL_UP, Duration.ofMinutes(3));
        Random random = new Random();
        long base = 700_000_000L + random.nextInt(100_000_000);
        StringBuilder file = new StringBuilder(LINES * 28);
        for (int i = 0; i < LINES; i++) {
            file.append(base + random.nextInt(40_000)).append(" 2022").append(String.format("%02d%02d", 1 + random.nextInt(12),
                    1 + random.nextInt(28))).append(' ').append(1 + random.nextInt(5)).append(' ')
                    .append(1 + random.nextInt(99)).append(".50\n");
        }
        HttpResponse<String> started = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(stack.adminUrl + "api/imports?format=cdnow&name=fault.txt"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:market25!".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(file.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, started.statusCode(), started.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(started.body());
        assertTrue(id.find(), started.body());
        long job = Long.parseLong(id.group(1));

        try (Connection db = DriverManager.getConnection(stack.dbUrl, stack.dbUser, stack.dbPassword)) {
            Instant end = Instant.now().plus(Duration.ofSeconds(60));
            long read = 0;
            while (read == 0 && Instant.now().isBefore(end)) {
                read = number(db, "select rows_read from import_job where id = ?", job);
                FaultStack.sleep(100);
            }
            assertTrue(read > 0 && read < LINES, "the kill must find the job between two chunks of its file: " + read);
            Map<Component, String> before = stack.status();
            stack.kill(Component.PAYARA);
            long atTheKill = number(db, "select rows_read from import_job where id = ?", job);
            System.out.println("[fault suite] killed Payara with import " + job + " at " + atTheKill + " of " + LINES + " lines");
            awaitPortClosed(URI.create(stack.url).getPort(), Duration.ofSeconds(60));

            stack.restartAndCheckOnly(Component.PAYARA, before);
            stack.awaitHealth(FaultStack.ALL_UP, Duration.ofMinutes(5));
            end = Instant.now().plus(Duration.ofMinutes(4));
            String status = "RUNNING";
            while ("RUNNING".equals(status) && Instant.now().isBefore(end)) {
                FaultStack.sleep(500);
                status = text(db, "select status from import_job where id = ?", job);
            }
            assertEquals("DONE", status, "the import was taken over and finished after the restart");
            assertTrue(number(db, "select resumed from import_job where id = ?", job) >= 1, "resumed after the start");
            assertEquals(LINES, number(db, "select rows_read from import_job where id = ?", job), "every line read once");
            assertEquals(LINES, number(db, "select rows_imported from import_job where id = ?", job));
            String ref = text(db, "select substr(file_hash, 1, 16) from import_job where id = ?", job) + ":%";
            assertEquals(LINES, number(db, "select count(*) from purchase_history where source = 'IMPORT_CDNOW'"
                    + " and source_ref like ?", ref), "every order once");
        }
    }

    private static long number(Connection db, String sql, Object parameter) throws Exception {
        return Long.parseLong(text(db, sql, parameter));
    }

    private static String text(Connection db, String sql, Object parameter) throws Exception {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /**
     * The restart refuses a port that still answers; in the first full run the killed server's
     * HTTP port still answered when the restart began, so wait until nothing listens on it.
     */
    private static void awaitPortClosed(int port, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            try (java.net.Socket probe = new java.net.Socket()) {
                probe.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
            } catch (java.io.IOException closed) {
                return;
            }
            FaultStack.sleep(250);
        }
    }
}
