package com.market25.ear.fault;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Card checkouts of many customers at once, started a few milliseconds apart, so that a
 * component can be killed while some are answered, some are in the middle and some not sent
 * yet. Every customer is signed in with the checkout page open before the burst starts: the
 * burst itself is the card payments only.
 */
final class CheckoutBurst {

    private final List<CompletableFuture<Customer.Answer>> answers = new ArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final ExecutorService pool;

    private CheckoutBurst(List<Customer> customers, long staggerMillis) {
        pool = Executors.newFixedThreadPool(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            Customer customer = customers.get(i);
            long delay = i * staggerMillis;
            answers.add(CompletableFuture.supplyAsync(() -> {
                FaultStack.sleep(delay);
                try {
                    return customer.payByCard();
                } finally {
                    answered.incrementAndGet();
                }
            }, pool));
        }
    }

    /** {@code count} demo customers with the product in the cart and the checkout page open. */
    static List<Customer> readyCustomers(String base, String productCode, int count) {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            customers.add(Customer.readyToPay(base, productCode, 1));
        }
        return customers;
    }

    static CheckoutBurst start(List<Customer> customers, long staggerMillis) {
        return new CheckoutBurst(customers, staggerMillis);
    }

    /** Waits until at least {@code count} checkouts were answered (or dropped). */
    void awaitAnswered(int count, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (answered.get() < count) {
            if (Instant.now().isAfter(end)) {
                fail("only " + answered.get() + " of " + answers.size() + " checkouts answered within " + timeout);
            }
            FaultStack.sleep(50);
        }
    }

    int answeredSoFar() {
        return answered.get();
    }

    /** Every checkout's answer, in the order they were started. */
    List<Customer.Answer> finish(Duration timeout) {
        List<Customer.Answer> all = new ArrayList<>();
        Instant end = Instant.now().plus(timeout);
        try {
            for (CompletableFuture<Customer.Answer> a : answers) {
                long left = Math.max(1, Duration.between(Instant.now(), end).toMillis());
                all.add(a.get(left, TimeUnit.MILLISECONDS));
            }
        } catch (TimeoutException e) {
            fail("checkouts still unanswered " + timeout + " after the burst (" + all.size() + " of "
                    + answers.size() + " answered): a request hangs");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return all;
    }
}
