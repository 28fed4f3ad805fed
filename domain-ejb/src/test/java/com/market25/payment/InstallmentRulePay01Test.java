package com.market25.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PAY-01 카드 할부: what the checkout offers and refuses, by amount and the card company's plan. */
class InstallmentRulePay01Test {

    /** 2–6 months, 2 and 3 interest-free. */
    private static SortedMap<Integer, Boolean> plan() {
        SortedMap<Integer, Boolean> plan = new TreeMap<>();
        for (int m = 2; m <= 6; m++) {
            plan.put(m, m <= 3);
        }
        return plan;
    }

    @Test
    @DisplayName("5만 원 미만이면 일시불만 제시된다")
    void belowFiftyThousandWonOnlyLumpSumIsOffered() {
        assertEquals(List.of(new InstallmentOption(0, false)), InstallmentRule.offer(new BigDecimal("49999"), plan()));
    }

    @Test
    @DisplayName("5만 원부터 일시불과 카드사가 허용한 개월이 무이자 여부와 함께 제시된다")
    void fromFiftyThousandWonThePlansMonthsAreOffered() {
        List<InstallmentOption> offer = InstallmentRule.offer(new BigDecimal("50000"), plan());
        assertEquals(6, offer.size());
        assertEquals(new InstallmentOption(0, false), offer.get(0));
        assertEquals(new InstallmentOption(3, true), offer.get(2));
        assertEquals(new InstallmentOption(6, false), offer.get(5));
    }

    @Test
    @DisplayName("5만 원 미만의 할부는 최소 금액 안내로 거절된다")
    void installmentsBelowTheMinimumAreRefused() {
        assertEquals(Optional.of("error.installments.minimumAmount"),
                InstallmentRule.refusal(new BigDecimal("32000"), 3, plan()));
    }

    @Test
    @DisplayName("카드사가 제공하지 않는 개월 수는 거절된다")
    void monthsTheCardCompanyDoesNotOfferAreRefused() {
        assertEquals(Optional.of("error.installments.notOffered"),
                InstallmentRule.refusal(new BigDecimal("540000"), 10, plan()));
    }

    @Test
    @DisplayName("1개월이나 13개월은 범위 밖으로 거절되고 일시불은 언제나 된다")
    void outOfRangeIsRefusedAndLumpSumAlwaysAllowed() {
        assertEquals(Optional.of("error.installments"), InstallmentRule.refusal(new BigDecimal("540000"), 1, plan()));
        assertEquals(Optional.of("error.installments"), InstallmentRule.refusal(new BigDecimal("540000"), 13, plan()));
        assertEquals(Optional.empty(), InstallmentRule.refusal(new BigDecimal("1000"), 0, new TreeMap<>()));
    }

    @Test
    @DisplayName("무이자 여부는 카드사 정책의 개월에서 나오고 일시불은 무이자가 아니다")
    void interestFreeComesFromThePlan() {
        assertTrue(InstallmentRule.interestFree(3, plan()));
        assertFalse(InstallmentRule.interestFree(4, plan()));
        assertFalse(InstallmentRule.interestFree(0, plan()));
    }

    @Test
    @DisplayName("할부 정책 입력: 무이자 개월은 허용 개월 안에 있어야 하고 개월은 2~12이다")
    void aPlanFormIsCheckedField_byField() {
        Checks checks = new Checks();
        new InstallmentPlanForm(null, CardCompany.KB, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30),
                "2,3,13", "2").check(checks);
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                checks::throwIfAny);
        assertEquals("error.installmentPlan.period", e.fieldErrors().get("validTo"));
        assertEquals("error.installmentPlan.months", e.fieldErrors().get("months"));

        Checks free = new Checks();
        new InstallmentPlanForm(null, CardCompany.KB, LocalDate.of(2026, 12, 1), null, "2,3", "2,6").check(free);
        assertTrue(free.has("interestFreeMonths"));
    }

    @Test
    @DisplayName("결제 대행사 입력: 키 내용은 받지 않고 주소는 http(s) 또는 simulator: 이다")
    void aGatewayFormRefusesKeyMaterialAndOddEndpoints() {
        Checks checks = new Checks();
        new GatewayForm(null, null, "pg-a", "ftp://pg.example", "M1", "-----BEGIN PRIVATE KEY-----", 1, true,
                java.util.Set.of(PaymentMethod.CARD)).check(checks);
        assertTrue(checks.has("endpointUrl"));
        assertTrue(checks.has("keyReference"));
        Checks ok = new Checks();
        new GatewayForm(null, null, "simulator", "simulator:", "M1", "", 1, true,
                java.util.Set.of(PaymentMethod.CARD)).check(ok);
        assertFalse(ok.has("endpointUrl"));
    }
}
