package com.market25.ear.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MEM-03 under {@code kill -9}: a CDNOW import that is reading its file when Payara dies. Its
 * checkpoint (the first line not committed) moves with each committed chunk; after the restart the
 * job is taken over 35 s after the start and goes on from there. It rides along in the Payara kill
 * so the suite restarts Payara once for everything in flight.
 */
final class ImportInFlight {

    static final int LINES = 400_000;

    private final Books books;
    private final long job;
    private long readAtTheKill = -1;
    private String status;

    private ImportInFlight(Books books, long job) {
        this.books = books;
        this.job = job;
    }

    /** Posts a generated CDNOW log of {@value #LINES} lines and waits until its first chunk is committed. */
    static ImportInFlight start(FaultStack stack, Books books) throws Exception {
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
        ImportInFlight running = new ImportInFlight(books, Long.parseLong(id.group(1)));
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (running.read() == 0 && Instant.now().isBefore(end)) {
            FaultStack.sleep(100);
        }
        return running;
    }

    long job() {
        return job;
    }

    void killed() {
        readAtTheKill = read();
    }

    long readAtTheKill() {
        return readAtTheKill;
    }

    /** Waits (up to four minutes) until the job left RUNNING after the restart. */
    void awaitEnd() {
        Instant end = Instant.now().plus(Duration.ofMinutes(4));
        status = text("select status from import_job where id = ?");
        while ("RUNNING".equals(status) && Instant.now().isBefore(end)) {
            FaultStack.sleep(500);
            status = text("select status from import_job where id = ?");
        }
    }

    void assertResumedWithoutALineTwice() {
        assertTrue(readAtTheKill > 0 && readAtTheKill < LINES,
                "the kill must find the job between two chunks of its file: " + readAtTheKill + " of " + LINES);
        assertEquals("DONE", status, "the import was taken over and finished after the restart");
        assertTrue(number("select resumed from import_job where id = ?") >= 1, "resumed after the start");
        assertEquals(LINES, number("select rows_read from import_job where id = ?"), "every line read once");
        assertEquals(LINES, number("select rows_imported from import_job where id = ?"));
        String ref = text("select substr(file_hash, 1, 16) from import_job where id = ?") + ":%";
        assertEquals(LINES, Books.num(books.query("select count(*) from purchase_history where source = 'IMPORT_CDNOW'"
                + " and source_ref like ?", ref).get(0).get(0)), "every order once");
    }

    private long read() {
        return number("select rows_read from import_job where id = ?");
    }

    private long number(String sql) {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) {
        List<List<Object>> rows = books.query(sql, job);
        return String.valueOf(rows.get(0).get(0));
    }
}
