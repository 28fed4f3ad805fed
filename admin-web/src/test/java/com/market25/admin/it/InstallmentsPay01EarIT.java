package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PAY-01 카드 할부 at the deployed storefront with the demo's plans (BC 2–3 months interest-free,
 * 하나카드 2–6 months only): what the checkout offers per card company, what it refuses with a
 * Korean field message (422, the form kept without the card number), and what the payment records.
 */
class InstallmentsPay01EarIT {

    private static final Pattern OPTION = Pattern.compile(
            "<option value=\"(\\d+)\" data-companies=\"([^\"]*)\" data-free=\"([^\"]*)\"");

    @Test
    @DisplayName("PAY-01 5만 원 이상이면 카드사별 할부 개월과 무이자가 제시된다")
    void theCheckoutOffersEachCardCompanysMonths() {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);
        String page = shop.get("checkout").body();
        Matcher m = OPTION.matcher(page);
        boolean threeFreeForBc = false;
        boolean tenForHana = false;
        int options = 0;
        while (m.find()) {
            options++;
            if (m.group(1).equals("3")) {
                threeFreeForBc = List.of(m.group(3).split(" ")).contains("BC");
            }
            if (m.group(1).equals("10")) {
                tenForHana = List.of(m.group(2).split(" ")).contains("HANA");
            }
        }
        assertEquals(11, options, "2 to 12 months offered by some card company");
        assertTrue(threeFreeForBc, "BC 3 months are interest-free");
        assertFalse(tenForHana, "하나카드 offers 2–6 months only");
    }

    @Test
    @DisplayName("PAY-01 카드사가 제공하지 않는 할부는 422와 한국어 안내로 거절되고 입력은 남는다")
    void monthsTheCardCompanyDoesNotOfferAreRefused() {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);

        HttpResponse<String> answer = shop.checkout(Map.of("cardCompany", "HANA", "installmentMonths", "10"));

        assertEquals(422, answer.statusCode());
        assertTrue(answer.body().contains("선택하신 카드사는 이 할부 개월 수를 제공하지 않습니다"), answer.body());
        assertTrue(answer.body().contains("경비실에 맡겨 주세요"), "what was typed is kept");
        assertFalse(answer.body().contains("4111111111111111"), "never the card number");
    }

    @Test
    @DisplayName("PAY-01 5만 원 미만은 일시불만 제시되고 할부를 보내면 거절된다")
    void belowFiftyThousandWonOnlyLumpSum() {
        PaymentShopper shop = PaymentShopper.signedIn().carting(PaymentShopper.HANGER);
        assertFalse(OPTION.matcher(shop.get("checkout").body()).find(), "no installment months offered");

        HttpResponse<String> answer = shop.checkout(Map.of("installmentMonths", "3"));

        assertEquals(422, answer.statusCode());
        assertTrue(answer.body().contains("할부는 결제 금액 5만 원 이상부터 가능합니다"), answer.body());
    }

    @Test
    @DisplayName("PAY-01 무이자 할부 결제는 개월 수와 무이자 여부를 기록한다")
    void anInterestFreePaymentRecordsMonthsAndInterestFree() {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);

        String slip = PaymentShopper.slipOf(shop.checkout(Map.of("cardCompany", "BC", "installmentMonths", "3")));

        List<String> payment = PaymentShopper.rows("select p.installment_months, p.interest_free from payment p"
                + " join customer_order o on o.id = p.order_id where o.slip_no = ?", slip).get(0);
        assertEquals(List.of("3", "1"), payment);
        String page = shop.awaitOrderPage(slip, "입금완료", Duration.ofSeconds(20));
        assertTrue(page.contains("3 (무이자)"), page);
    }
}
