package com.market25.admin.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Paid orders for the delivery tests, taken through the storefront as a customer does (card
 * checkout, approval over JMS), several at once to keep the tests short. The product is a gift
 * certificate (금강제화상품권, 500 in stock) so other tests' stock is left alone.
 */
final class DeliveryFixture {

    static final String GIFT_CARD = "511001910112";
    /** Demo customers taking turns: concurrent payments of one customer contend for their purchase figures. */
    static final List<String> CUSTOMERS = List.of(Storefront.DEMO_CUSTOMER, "yongchan", "minjae");
    private static final java.util.Map<String, String> OWNERS = new java.util.concurrent.ConcurrentHashMap<>();

    private DeliveryFixture() {
    }

    /** {@code n} orders of the demo customers, each paid; their slip numbers ({@link #owner} tells whose). */
    static List<String> paidOrders(int n) throws Exception {
        String base = AdminBrowser.storefrontUrl();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 3));
        try {
            List<Future<String>> orders = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String login = CUSTOMERS.get(i % CUSTOMERS.size());
                orders.add(pool.submit(() -> {
                    Storefront shop = new Storefront(base);
                    shop.signIn(login, Storefront.DEMO_PASSWORD);
                    shop.addToCart(GIFT_CARD, 1);
                    String slip = shop.checkoutByCard();
                    shop.awaitPaid(slip, Duration.ofSeconds(30));
                    OWNERS.put(slip, login);
                    return slip;
                }));
            }
            List<String> slips = new ArrayList<>();
            for (Future<String> f : orders) {
                slips.add(f.get());
            }
            return slips;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The login of the customer who placed the order. */
    static String owner(String slip) {
        return OWNERS.get(slip);
    }

    /** An order of the demo customer whose card was declined: 주문접수, unpaid. */
    static String unpaidOrder() {
        Storefront shop = new Storefront(AdminBrowser.storefrontUrl());
        shop.signIn(Storefront.DEMO_CUSTOMER, Storefront.DEMO_PASSWORD);
        shop.addToCart(GIFT_CARD, 1);
        return shop.checkoutByCard("4000000000000002");
    }

    /** The demo customer's storefront, signed in. */
    static Storefront customer(String login) {
        Storefront shop = new Storefront(AdminBrowser.storefrontUrl());
        shop.signIn(login, Storefront.DEMO_PASSWORD);
        return shop;
    }

    private static final long RUN = System.currentTimeMillis() % 10_000_000L;

    /**
     * A 12-digit tracking number unique to this run (CJ대한통운, 한진택배 take 10 to 12 digits): every
     * test class of the run shares the prefix, so each call site needs an {@code i} of its own.
     */
    static String trackingNumber(int i) {
        return String.format("1%07d%04d", RUN, i);
    }
}
