package com.market25.phoneorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.common.Checks;
import com.market25.ordering.Cart;
import com.market25.ordering.FormKey;
import com.market25.ordering.Recipient;
import com.market25.ordering.RecipientKind;
import com.market25.payment.CardCompany;
import com.market25.payment.CardDetails;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PhoneOrderRulesOrd03Test {

    private static final PhoneCustomer MIRAN = new PhoneCustomer(7, "217602212226142", "안미란", "031-658-2376",
            "miran@example.com", "17900", "경기도 평택시 세교동 개나리아파트 104동 304호", "㈜마켓이십오", "04524",
            "서울특별시 중구 세종대로 110", false, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    private static PhoneOrderRequest request(LogisticsMethod logistics, RecipientKind kind, String address,
            String branch, PhonePayment payment, CardDetails card) {
        return new PhoneOrderRequest(7, FormKey.newKey(), new Cart(), logistics, kind, null, null, null, address,
                null, branch, payment, card);
    }

    private static Checks checked(PhoneOrderRequest r) {
        Checks checks = new Checks();
        PhoneOrderRules.check(checks, r);
        return checks;
    }

    @Test
    @DisplayName("ORD-03 택배를 자택으로 보낼 때 주소를 비우면 고객의 자택 주소로 간다")
    void parcelHomeTakesTheCustomersAddress() {
        Recipient r = PhoneOrderRules.recipient(request(LogisticsMethod.PARCEL, RecipientKind.HOME, null, null,
                PhonePayment.PAY_LATER, null), MIRAN);
        assertEquals(RecipientKind.HOME, r.getKind());
        assertEquals("17900", r.getPostalCode());
        assertEquals(MIRAN.address(), r.getAddress());
        assertEquals("안미란", r.getName());
    }

    @Test
    @DisplayName("ORD-03 직장으로 보낼 때는 고객의 직장 주소로 간다")
    void parcelWorkTakesTheWorkAddress() {
        Recipient r = PhoneOrderRules.recipient(request(LogisticsMethod.PARCEL, RecipientKind.WORK, "", null,
                PhonePayment.PAY_LATER, null), MIRAN);
        assertEquals("04524", r.getPostalCode());
        assertEquals(MIRAN.workAddress(), r.getAddress());
    }

    @Test
    @DisplayName("ORD-03 지사 수령은 지사 코드가 있어야 하고, 전표의 주소는 그 지사다")
    void branchPickupNeedsABranchAndShipsNowhere() {
        assertTrue(checked(request(LogisticsMethod.BRANCH_PICKUP, null, null, null, PhonePayment.PAY_LATER, null))
                .has("pickupBranch"));
        assertTrue(checked(request(LogisticsMethod.BRANCH_PICKUP, null, null, "서울", PhonePayment.PAY_LATER, null))
                .has("pickupBranch"));
        Recipient r = PhoneOrderRules.recipient(request(LogisticsMethod.BRANCH_PICKUP, null, "아무 주소", "0010",
                PhonePayment.PAY_LATER, null), MIRAN);
        assertEquals(PhoneOrderRules.pickupAddress("0010"), r.getAddress());
        assertEquals(RecipientKind.OTHER, r.getKind());
    }

    @Test
    @DisplayName("ORD-03 전화 카드결제는 카드 정보를 검사하고, 결제 대기는 카드를 묻지 않는다")
    void cardByPhoneNeedsTheCardPayLaterDoesNot() {
        assertTrue(checked(request(LogisticsMethod.PARCEL, RecipientKind.HOME, null, null,
                PhonePayment.CARD_BY_PHONE, null)).has("cardNumber"));
        assertTrue(checked(request(LogisticsMethod.PARCEL, RecipientKind.HOME, null, null, PhonePayment.CARD_BY_PHONE,
                new CardDetails(CardCompany.BC, "4111111111111112", "12", "2030", 0, "안미란"))).has("cardNumber"));
        assertFalse(checked(request(LogisticsMethod.PARCEL, RecipientKind.HOME, null, null, PhonePayment.CARD_BY_PHONE,
                new CardDetails(CardCompany.BC, "4111111111111111", "12", "2030", 0, "안미란"))).has("cardNumber"));
        Checks later = checked(request(LogisticsMethod.PARCEL, RecipientKind.HOME, null, null, PhonePayment.PAY_LATER,
                null));
        assertFalse(later.has("cardNumber"));
        assertFalse(later.has("payment"));
    }

    @Test
    @DisplayName("ORD-03 물류 방법과 결제 방법은 반드시 고른다")
    void logisticsAndPaymentAreRequired() {
        Checks checks = checked(request(null, null, null, null, null, null));
        assertTrue(checks.has("logistics"));
        assertTrue(checks.has("payment"));
    }
}
