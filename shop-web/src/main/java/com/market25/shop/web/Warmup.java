package com.market25.shop.web;

import com.market25.catalog.Catalog;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Walks the storefront's pages once over loopback before {@code /health} says ready, so the
 * server compiles its pages, loads its classes and fills its pools for itself and the first
 * customer gets a page as fast as the thousandth. Started by the first {@code /health} that finds
 * the database and the broker up; a page that fails does not hold readiness back.
 */
@ApplicationScoped
public class Warmup {

    private static final Logger LOG = Logger.getLogger(Warmup.class.getName());
    /**
     * The first round compiles the pages and fills the pools (the seconds a first customer would
     * wait); two more get the commonest code compiled. Never longer than the time limit: a restart
     * after a crash must not wait long for it.
     */
    private static final int ROUNDS = 3;
    private static final long TIME_LIMIT_NANOS = 10_000_000_000L;

    enum State { NOT_STARTED, RUNNING, DONE }

    private final AtomicReference<State> state = new AtomicReference<>(State.NOT_STARTED);

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private Catalog catalog;

    boolean done() {
        return state.get() == State.DONE;
    }

    /** Starts the walk once; {@code base} is this server's storefront seen from itself. */
    void startOnce(String base) {
        if (state.compareAndSet(State.NOT_STARTED, State.RUNNING)) {
            try {
                executor.submit(() -> walk(base));
            } catch (RuntimeException e) {
                LOG.warning(() -> "warm-up could not start: " + e);
                state.set(State.DONE);
            }
        }
    }

    private void walk(String base) {
        long start = System.nanoTime();
        int failures = 0;
        long firstRound = 0;
        try {
            List<String> pages = pages();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (int round = 0; round < ROUNDS && System.nanoTime() - start < TIME_LIMIT_NANOS; round++) {
                for (String page : pages) {
                    // a parameter no page reads: the page is made, never taken from PageCache
                    String url = base + page + (page.contains("?") ? "&" : "?") + "warmup=" + round;
                    try {
                        int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        failures += status >= 500 ? 1 : 0;
                    } catch (java.io.IOException e) {
                        failures++;
                    }
                }
                if (round == 0) {
                    firstRound = (System.nanoTime() - start) / 1_000_000;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warning(() -> "warm-up stopped: " + e);
        } finally {
            state.set(State.DONE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            int failed = failures;
            long first = firstRound;
            LOG.info(() -> "storefront warmed up in " + millis + " ms, the first round of pages in " + first
                    + " ms (" + failed + " failed requests)");
        }
    }

    /** Every kind of page a visitor opens first. */
    private List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("/", "/?lang=en", "/login", "/join", "/cart", "/static/shop.css",
                "/product/none"));
        catalog.corners().stream().findFirst().ifPresent(corner -> {
            pages.add("/category/" + corner.code());
            pages.add("/category/" + corner.code() + "?sort=price_low&page=2");
        });
        catalog.recommended().stream().findFirst().ifPresent(p -> pages.add("/product/" + p.code()));
        return pages;
    }
}
