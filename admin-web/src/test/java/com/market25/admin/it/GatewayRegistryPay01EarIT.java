package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * PAY-01 결제 대행사 관리 against the deployed EAR: a second gateway registered through the API
 * (both are the simulator, so the test needs no outside gateway), the preferred one disabled, the
 * next payment goes to the second; none enabled refuses the payment and the order stays payable.
 * Whatever a test changed is put back, so the demo keeps paying through the simulator. Refunds
 * (ORD-01) go to the gateway that approved the payment, not to the one preferred now: that gateway
 * is a relay the test runs in front of the simulator, so the test sees what reached it.
 */
class GatewayRegistryPay01EarIT {

    private static final String SECOND = "it-second-gateway";
    private StaffApi api;
    private long simulatorId;
    private long secondId;

    @BeforeEach
    void registerASecondGateway() throws Exception {
        api = StaffApi.admin();
        simulatorId = Long.parseLong(PaymentShopper.one("select id from payment_gateway where name = 'simulator'"));
        var existing = PaymentShopper.rows("select id, version from payment_gateway where name = ?", SECOND);
        String body = "{\"name\":\"" + SECOND + "\",\"endpointUrl\":\"simulator:\",\"merchantId\":\"M25IT002\","
                + "\"keyReference\":\"\",\"preference\":50,\"enabled\":true,\"methods\":[\"CARD\"]";
        HttpResponse<String> saved = existing.isEmpty()
                ? api.post("payments/gateways", body + "}")
                : api.put("payments/gateways/" + existing.get(0).get(0), body + ",\"version\":" + existing.get(0).get(1) + "}");
        assertTrue(saved.statusCode() == 201 || saved.statusCode() == 200, saved.body());
        secondId = Long.parseLong(StaffApi.field(saved.body(), "id"));
    }

    @AfterEach
    void putTheDemoBack() throws Exception {
        api.put("payments/gateways/" + simulatorId + "/enabled", "{\"enabled\":true}");
        api.put("payments/gateways/" + secondId + "/enabled", "{\"enabled\":false}");
        if (relay != null) {
            api.put("payments/gateways/" + relayId + "/enabled", "{\"enabled\":false}");
            relay.close();
            relay = null;
        }
    }

    @Test
    @DisplayName("PAY-01 우선 대행사를 사용 중지하면 다음 결제는 두 번째 대행사로 간다")
    void disablingThePreferredGatewayRoutesTheNextPaymentToTheSecond() throws Exception {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);
        String first = PaymentShopper.slipOf(shop.checkout(Map.of()));
        assertEquals(String.valueOf(simulatorId), gatewayOf(first), "the preferred gateway serves while enabled");

        HttpResponse<String> off = api.put("payments/gateways/" + simulatorId + "/enabled", "{\"enabled\":false}");
        assertEquals(200, off.statusCode(), off.body());
        String second = PaymentShopper.slipOf(shop.carting(Storefront.DIMCHAE).checkout(Map.of()));

        assertEquals(String.valueOf(secondId), gatewayOf(second));
        shop.awaitOrderPage(second, "입금완료", Duration.ofSeconds(20));
    }

    @Test
    @DisplayName("PAY-01 사용 중인 대행사가 없으면 결제를 거절하고 주문은 결제 대기로 남는다")
    void withNoGatewayEnabledAPaymentIsRefused() throws Exception {
        api.put("payments/gateways/" + simulatorId + "/enabled", "{\"enabled\":false}");
        api.put("payments/gateways/" + secondId + "/enabled", "{\"enabled\":false}");
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);

        HttpResponse<String> answer = shop.checkout(Map.of());

        String slip = PaymentShopper.slipOf(answer);
        assertTrue(answer.headers().firstValue("Location").orElse("").contains("declined=GATEWAY_NOT_CONFIGURED"));
        assertEquals("0", PaymentShopper.one("select count(*) from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ?", slip), "no payment was even asked for");
        String page = shop.get(answer.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("결제 대행사가 설정되지 않아"), page);
        assertTrue(page.contains("다시 결제하기"), "the order stays payable");
    }

    @Test
    @DisplayName("PAY-01 결제 대행사 화면: 대행사별 결제 수단, 사용 여부와 점검 결과를 보여 준다")
    void theScreenShowsGatewaysWithTheirHealth() throws Exception {
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("gateways.xhtml");
            browser.click(By.id("gatewaysForm:checkNow"));
            browser.awaitText(By.id("messages"), "점검했습니다");
            String table = browser.text(By.id("gatewaysForm:gatewayTable"));
            assertTrue(table.contains("simulator") && table.contains(SECOND), table);
            String simulatorRow = browser.find(By.cssSelector("tr.gateway-simulator")).getText();
            assertTrue(simulatorRow.contains("정상") && simulatorRow.contains("카드"), simulatorRow);
            assertTrue(!table.contains("PRIVATE KEY"), "no key material on the screen");
            browser.screenshot("gateways");
        }
    }

    private static String gatewayOf(String slip) {
        return PaymentShopper.one("select p.gateway_id from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ? order by p.id desc limit 1", slip);
    }

    // ------------------------------------------------------------------ refunds at the approving gateway (PAY-01, ORD-01)

    private static final String RELAY = "it-relay-gateway";
    private static final String CANCEL = "/v1/card-cancellations";
    private static final String PARTIAL_CANCEL = "/v1/card-partial-cancellations";
    private RelayGateway relay;
    private long relayId;

    @Test
    @DisplayName("PAY-01/ORD-01 전체취소는 우선 대행사가 바뀐 뒤에도 결제를 승인한 대행사로 간다")
    void aFullCancelGoesToTheGatewayThatApprovedThePayment() throws Exception {
        String slip = paidThroughTheRelayThenSwitched(AfterSalesOrd01EarIT.JAVA_BOOK);
        String reference = referenceOf(slip);

        HttpResponse<String> cancelled = api.cancelItems(slip, "staff-gw-" + slip + "-full", 1);

        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals(List.of(List.of("CARD_CANCEL", "22500", "0", "DONE")), PaymentShopper.refundsOf(slip));
        assertEquals(1, count(relay.pathsFor(reference), CANCEL), "the cancel went to the gateway that approved: "
                + relay.pathsFor(reference));
        assertEquals("CANCELLED", api.gatewayView(slip, "state"), "the approval behind it is cancelled");
        assertEquals("CANCELLED", Storefront.statusInDatabase(slip));
    }

    @Test
    @DisplayName("PAY-01/ORD-01 부분취소는 우선 대행사가 바뀐 뒤에도 결제를 승인한 대행사로 가고, 남은 승인 금액도 그곳에서 줄어든다")
    void partialCancelsGoToTheGatewayThatApprovedThePayment() throws Exception {
        String slip = paidThroughTheRelayThenSwitched(AfterSalesOrd01EarIT.JAVA_BOOK, AfterSalesOrd01EarIT.DBM_BOOK);
        String reference = referenceOf(slip);
        String javaLine = PaymentShopper.one("select l.line_no from order_line l join customer_order o on o.id = l.order_id"
                + " where o.slip_no = ? and l.product_code = ?", slip, AfterSalesOrd01EarIT.JAVA_BOOK);

        HttpResponse<String> part = api.cancelItems(slip, "staff-gw-" + slip + "-part", Integer.parseInt(javaLine));

        assertEquals(200, part.statusCode(), part.body());
        assertEquals(List.of(List.of("CARD_PARTIAL_CANCEL", "22500", "0", "DONE")), PaymentShopper.refundsOf(slip));
        assertEquals(1, count(relay.pathsFor(reference), PARTIAL_CANCEL), relay.pathsFor(reference).toString());
        assertEquals("27000", api.gatewayView(slip, "remainingAmount"), "49,500 - 22,500 stays approved there");

        HttpResponse<String> rest = api.cancelItems(slip, "staff-gw-" + slip + "-rest", "1".equals(javaLine) ? 2 : 1);

        assertEquals(200, rest.statusCode(), rest.body());
        assertEquals(2, count(relay.pathsFor(reference), PARTIAL_CANCEL), relay.pathsFor(reference).toString());
        assertEquals(0, count(relay.pathsFor(reference), CANCEL));
        assertEquals("CANCELLED", api.gatewayView(slip, "state"), "nothing stays approved");
    }

    /**
     * An order of the demo customer paid by card through a gateway of its own (the relay, preferred
     * while the simulator is off); then the simulator is switched on again and the relay moved to
     * the end of the preference order, so the relay is no longer the gateway a new card payment
     * would get. The slip.
     */
    private String paidThroughTheRelayThenSwitched(String... products) throws Exception {
        relay = RelayGateway.startInFrontOf(simulatorAddress());
        relayId = saveRelay(10);
        assertEquals(200, api.put("payments/gateways/" + simulatorId + "/enabled", "{\"enabled\":false}").statusCode());
        PaymentShopper shop = PaymentShopper.signedIn();
        for (String product : products) {
            shop.carting(product);
        }
        String slip = PaymentShopper.slipOf(shop.checkout(Map.of()));
        shop.awaitOrderPage(slip, "입금완료", Duration.ofSeconds(20));
        assertEquals(String.valueOf(relayId), gatewayOf(slip), "paid through the relay");
        assertTrue(relay.pathsFor(referenceOf(slip)).contains("/v1/card-approvals"), "the relay approved it");

        assertEquals(200, api.put("payments/gateways/" + simulatorId + "/enabled", "{\"enabled\":true}").statusCode());
        saveRelay(999);
        assertEquals("simulator", PaymentShopper.one("select g.name from payment_gateway g join payment_gateway_method m"
                + " on m.gateway_id = g.id and m.method = 'CARD' where g.enabled order by g.preference, g.id limit 1"),
                "a new card payment would go to the simulator now");
        return slip;
    }

    /** Registers the relay (or changes the one of an earlier run) for cards at this preference; its id. */
    private long saveRelay(int preference) throws Exception {
        var existing = PaymentShopper.rows("select id, version from payment_gateway where name = ?", RELAY);
        String body = "{\"name\":\"" + RELAY + "\",\"endpointUrl\":\"" + relay.endpoint() + "\",\"merchantId\":\"M25IT003\","
                + "\"keyReference\":\"" + relay.keyReference() + "\",\"preference\":" + preference
                + ",\"enabled\":true,\"methods\":[\"CARD\"]";
        HttpResponse<String> saved = existing.isEmpty()
                ? api.post("payments/gateways", body + "}")
                : api.put("payments/gateways/" + existing.get(0).get(0), body + ",\"version\":" + existing.get(0).get(1) + "}");
        assertTrue(saved.statusCode() == 201 || saved.statusCode() == 200, saved.body());
        return Long.parseLong(StaffApi.field(saved.body(), "id"));
    }

    /** The demo's gateway simulator listens on a port of its own choosing: the e-wallet page it serves names it. */
    private static URI simulatorAddress() throws Exception {
        if (simulatorAddress == null) {
            PaymentShopper shop = PaymentShopper.signedIn().carting(PaymentShopper.HANGER);
            PaymentShopper.EwalletDecided d = shop.payByEwallet(Map.of(), "32000원", "cancel");
            shop.get(d.returnUrl());
            assertEquals(303, shop.cancelUnpaid(d.slip()).statusCode(), "the probe order is cancelled again");
            URI page = URI.create(d.providerPage());
            simulatorAddress = URI.create(page.getScheme() + "://" + page.getRawAuthority() + "/");
        }
        return simulatorAddress;
    }

    private static URI simulatorAddress;

    private static String referenceOf(String slip) {
        return PaymentShopper.one("select p.reference from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ? and p.status = 'APPROVED'", slip);
    }

    private static long count(List<String> paths, String path) {
        return paths.stream().filter(path::equals).count();
    }
}
