package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
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
 * Whatever a test changed is put back, so the demo keeps paying through the simulator.
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
}
