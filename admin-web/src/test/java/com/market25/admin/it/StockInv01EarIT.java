package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * INV-01 through the deployed EAR: storefront reservations against the web-shop warehouse under
 * concurrency, stock given back on cancel and on unpaid expiry, transfers (request → ship → in
 * transit → receive with 납품 확인) also under concurrency, goods receipts and the safety-stock alert.
 */
class StockInv01EarIT {

    /** Declines with 한도초과: the order stays 주문접수 and keeps its reservation, without the approval queue. */
    private static final String DECLINING_CARD = "4000000000000002";
    private static final String CUSTOMER = "yongchan";

    private final StockFixture f = new StockFixture();

    @Test
    @DisplayName("INV-01: 20 parallel checkouts of a product with 5 left: exactly 5 orders, nothing below zero")
    void parallelCheckoutsNeverOversell() throws Exception {
        String product = f.newProduct(5);
        List<String> slips = checkoutsInParallel(product, 20);

        assertEquals(5, slips.size(), "orders taken: " + slips);
        assertEquals(0, f.storefrontStock(product), "the storefront shows none left");
        assertEquals(5, f.level("WEB", product)[0], "all five still on the shelf");
        assertEquals(5, f.level("WEB", product)[1], "all five reserved for the orders");
        assertEquals(5, f.movements("WEB", product, "RESERVE"), "one reservation per order in the ledger");
    }

    @Test
    @DisplayName("INV-01: a cancelled order and an expired unpaid order give their stock back")
    void cancelAndExpiryGiveStockBack() throws Exception {
        String product = f.newProduct(3);
        List<String> slips = checkoutsInParallel(product, 2);
        assertEquals(2, slips.size());
        assertEquals(1, f.storefrontStock(product));

        Storefront shop = signedIn();
        assertTrue(shop.cancelOrder(slips.get(0)), "the customer cancels the first order");
        assertEquals(2, f.storefrontStock(product), "the cancelled order's unit is for sale again");
        assertEquals(1, f.level("WEB", product)[1], "one unit still reserved");

        try (Connection c = StaffApi.db(); PreparedStatement ps = c.prepareStatement(
                "update customer_order set ordered_at = ordered_at - interval 2 hour where slip_no = ?")) {
            ps.setString(1, slips.get(1));
            ps.executeUpdate();
        }
        Instant end = Instant.now().plus(Duration.ofSeconds(45)); // the expiry timer runs every 20 seconds
        while (!"CANCELLED".equals(StockFixture.orderStatus(slips.get(1))) && Instant.now().isBefore(end)) {
            Thread.sleep(250);
        }
        assertEquals("CANCELLED", StockFixture.orderStatus(slips.get(1)), "the unpaid order expired");
        assertEquals(3, f.storefrontStock(product), "all three for sale again");
        assertEquals(3, f.level("WEB", product)[0]);
        assertEquals(0, f.level("WEB", product)[1], "nothing reserved any more");
        assertEquals(2, f.movements("WEB", product, "RELEASE"));
    }

    @Test
    @DisplayName("INV-01: a transfer is requested, shipped (in transit), and received with a shortfall that stays visible")
    void transferWithShortfall() throws Exception {
        String product = f.newProduct(0);
        long hq = f.warehouse("HQ");
        long branch = f.warehouse("GANGNAM");
        receive(hq, product, 10, 8); // 납품 확인: 8 of 10 came

        HttpResponse<String> requested = f.api.post("stock/transfers", "{\"from\":" + hq + ",\"to\":" + branch
                + ",\"items\":[{\"product\":\"" + product + "\",\"quantity\":5}],\"note\":\"강남 보충\"}");
        assertEquals(201, requested.statusCode(), requested.body());
        String id = StaffApi.field(requested.body(), "id");
        assertEquals("REQUESTED", StaffApi.field(requested.body(), "status"));
        assertEquals(8, f.level("HQ", product)[0], "nothing moves on request");

        HttpResponse<String> shipped = f.api.post("stock/transfers/" + id + "/ship", null);
        assertEquals(200, shipped.statusCode(), shipped.body());
        assertEquals("IN_TRANSIT", StaffApi.field(shipped.body(), "status"));
        assertEquals(3, f.level("HQ", product)[0], "five left the head office");
        assertEquals(0, f.level("GANGNAM", product)[0], "in transit: not at the branch yet");
        assertEquals(422, f.api.post("stock/transfers/" + id + "/cancel", null).statusCode(), "shipped: no cancel");

        HttpResponse<String> received = f.api.post("stock/transfers/" + id + "/receive", "{\"confirmed\":{\"1\":4}}");
        assertEquals(200, received.statusCode(), received.body());
        assertEquals("RECEIVED", StaffApi.field(received.body(), "status"));
        assertEquals("1", StaffApi.field(received.body(), "shortfall"));
        assertEquals(4, f.level("GANGNAM", product)[0], "four arrived");
        assertEquals(422, f.api.post("stock/transfers/" + id + "/receive", "{}").statusCode(), "received once only");

        HttpResponse<String> again = f.api.get("stock/transfers/" + id);
        assertTrue(again.body().contains("\"confirmed\":4") && again.body().contains("\"shortfall\":1"), again.body());
        assertEquals(1, f.movements("HQ", product, "TRANSFER_OUT"));
        assertEquals(1, f.movements("GANGNAM", product, "TRANSFER_IN"));
    }

    @Test
    @DisplayName("INV-01: 20 parallel transfer shipments of one unit each from a warehouse with 5: exactly 5 ship")
    void parallelTransferShipmentsNeverOversell() throws Exception {
        String product = f.newProduct(0);
        long hq = f.warehouse("HQ");
        long busan = f.warehouse("BUSAN");
        receive(hq, product, 5, 5);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> r = f.api.post("stock/transfers", "{\"from\":" + hq + ",\"to\":" + busan
                    + ",\"items\":[{\"product\":\"" + product + "\",\"quantity\":1}],\"requestKey\":\"" + product + "-" + i + "\"}");
            assertEquals(201, r.statusCode(), r.body());
            ids.add(StaffApi.field(r.body(), "id"));
        }
        List<Callable<Integer>> ships = new ArrayList<>();
        ids.forEach(id -> ships.add(() -> f.api.post("stock/transfers/" + id + "/ship", null).statusCode()));
        List<Integer> answers = StockFixture.inParallel(ships);

        assertEquals(5, answers.stream().filter(s -> Objects.equals(s, 200)).count(), "answers: " + answers);
        assertEquals(15, answers.stream().filter(s -> Objects.equals(s, 422)).count(), "the rest refused: " + answers);
        assertEquals(0, f.level("HQ", product)[0], "the head office is empty, not negative");
        assertEquals(5, f.movements("HQ", product, "TRANSFER_OUT"));
    }

    @Test
    @DisplayName("INV-01: a level whose available stock falls below its safety stock is on the alert list and counted")
    void safetyStockAlert() throws Exception {
        String product = f.newProduct(4);
        long web = f.warehouse("WEB");
        long before = Long.parseLong(StaffApi.field(f.api.get("stock/alerts").body(), "belowSafety"));

        HttpResponse<String> set = f.api.put("stock/levels/" + web + "/" + product + "/safety", "{\"safetyStock\":10}");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("true", StaffApi.field(set.body(), "belowSafety"));
        assertEquals(before + 1, Long.parseLong(StaffApi.field(f.api.get("stock/alerts").body(), "belowSafety")));
        String listed = f.api.get("stock/levels?belowSafety=true&product=" + product).body();
        assertEquals("1", StaffApi.field(listed, "total"), listed);

        f.adjust("WEB", product, 6, "재입고");
        String after = f.api.get("stock/levels?belowSafety=true&product=" + product).body();
        assertEquals("0", StaffApi.field(after, "total"), "back at 10: no alert");
        assertEquals(10, f.storefrontStock(product), "the storefront sells the adjusted stock");
    }

    @Test
    @DisplayName("INV-01: an adjustment below zero or without a reason is refused in Korean and changes nothing")
    void refusedAdjustment() throws Exception {
        String product = f.newProduct(2);
        long web = f.warehouse("WEB");
        HttpResponse<String> tooMuch = f.api.post("stock/adjustments", "{\"warehouse\":" + web + ",\"product\":\""
                + product + "\",\"change\":-3,\"reason\":\"파손\"}");
        assertEquals(422, tooMuch.statusCode(), tooMuch.body());
        assertTrue(tooMuch.body().contains("재고가 부족합니다"), tooMuch.body());
        HttpResponse<String> noReason = f.api.post("stock/adjustments", "{\"warehouse\":" + web + ",\"product\":\""
                + product + "\",\"change\":-1}");
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals(2, f.storefrontStock(product));
        assertEquals(2, f.level("WEB", product)[0]);
    }

    /** A supplier's delivery of {@code announced} units into the warehouse, {@code arrived} confirmed (납품 확인). */
    private void receive(long warehouse, String product, int announced, int arrived) throws Exception {
        HttpResponse<String> r = f.api.post("stock/receipts", "{\"warehouse\":" + warehouse + ",\"supplier\":\"만도기계\","
                + "\"items\":[{\"product\":\"" + product + "\",\"quantity\":" + announced + "}]}");
        assertEquals(201, r.statusCode(), r.body());
        String id = StaffApi.field(r.body(), "id");
        HttpResponse<String> confirmed = f.api.post("stock/receipts/" + id + "/confirm",
                "{\"confirmed\":{\"1\":" + arrived + "}}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals(String.valueOf(announced - arrived), StaffApi.field(confirmed.body(), "shortfall"));
    }

    private static Storefront signedIn() {
        Storefront shop = new Storefront(AdminBrowser.storefrontUrl());
        shop.signIn(CUSTOMER, Storefront.DEMO_PASSWORD);
        return shop;
    }

    /** {@code n} customers' sessions check out one unit each at the same moment; the slips of those taken. */
    private static List<String> checkoutsInParallel(String product, int n) throws Exception {
        List<Storefront> shops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Storefront shop = signedIn();
            shop.addToCart(product, 1);
            shops.add(shop);
        }
        List<Callable<String>> checkouts = new ArrayList<>();
        shops.forEach(shop -> checkouts.add(() -> shop.checkoutByCard(DECLINING_CARD)));
        return StockFixture.inParallel(checkouts).stream().filter(Objects::nonNull).toList();
    }
}
