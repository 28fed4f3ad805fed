import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The deposits workload's bank (.ci/bench/workloads/deposits.sh): signs one deposit notification
 * per line of ACCOUNTS ("account<TAB>amount") with the published demo bank key and posts them to
 * /bank/deposits with THREADS connections, PER_POST notifications per post (the bank's bulk report,
 * signed as a whole); or, with "reference", GETs /health once per line. Prints
 * "seconds=<s> answers=<status:answer=count,...>" (one answer per post).
 * Run with: java DepositBench.java MODE URL FILE THREADS PREFIX [PER_POST]
 */
public class DepositBench {

    private static final String DEMO_KEY = "MC4CAQAwBQYDK2VwBCIEIBLYbjomQJqW3RW8BmMq3WeY5McXZYfdyZW3Da2TiQ7l";

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String base = args[1].endsWith("/") ? args[1] : args[1] + "/";
        List<String> lines = Files.readAllLines(Path.of(args[2]));
        int threads = Integer.parseInt(args[3]);
        String prefix = args.length > 4 ? args[4] : "BENCH";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        PrivateKey key = KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(DEMO_KEY)));
        int perPost = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        List<HttpRequest> requests = new ArrayList<>();
        String at = LocalDateTime.now().withNano(0).toString();
        StringBuilder bulk = new StringBuilder();
        int inBulk = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (mode.equals("reference")) {
                requests.add(HttpRequest.newBuilder(URI.create(base + "health")).timeout(Duration.ofSeconds(60)).GET()
                        .build());
                continue;
            }
            String[] f = lines.get(i).split("\t");
            Map<String, String> fields = new TreeMap<>();
            fields.put("notificationId", prefix + "-" + f[0]);
            fields.put("accountNumber", f[0]);
            fields.put("amount", f[1]);
            fields.put("depositorName", "벤치");
            fields.put("depositedAt", at);
            fields.put("bankName", "마켓25은행");
            StringBuilder body = new StringBuilder();
            fields.forEach((k, v) -> body.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                    .append('\n'));
            // the bank's bulk report: up to perPost notifications, an empty line between, signed as a whole
            bulk.append(inBulk == 0 ? "" : "\n").append(body);
            if (++inBulk < perPost && i < lines.size() - 1) {
                continue;
            }
            byte[] bytes = bulk.toString().getBytes(StandardCharsets.UTF_8);
            bulk.setLength(0);
            inBulk = 0;
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(bytes);
            requests.add(HttpRequest.newBuilder(URI.create(base + "bank/deposits")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .header("X-M25-Signature", Base64.getEncoder().encodeToString(signer.sign()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        }
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                    String outcome = "";
                    // as a bank does: a post not answered 200 is sent again (up to 5 times)
                    for (int attempt = 0; attempt < 5; attempt++) {
                        try {
                            HttpResponse<String> r = http.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
                            outcome = r.statusCode() + (mode.equals("reference") ? "" : ":" + r.body().trim());
                            if (r.statusCode() == 200) {
                                break;
                            }
                        } catch (Exception e) {
                            outcome = "error:" + e.getClass().getSimpleName();
                        }
                        answers.computeIfAbsent("retried", k -> new AtomicInteger()).incrementAndGet();
                    }
                    answers.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder out = new StringBuilder();
        answers.forEach((k, v) -> out.append(out.length() == 0 ? "" : ",").append(k).append('=').append(v));
        System.out.printf("seconds=%.2f answers=%s%n", seconds, out);
    }
}
