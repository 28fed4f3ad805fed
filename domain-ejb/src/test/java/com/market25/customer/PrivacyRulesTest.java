package com.market25.customer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MEM-06: no resident registration number is ever stored. */
class PrivacyRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"800517-1234567", "8005171234567", "주민번호: 800517 - 2234567 입니다", "021231-4234567"})
    void mem06_residentNumbersAreRecognised(String text) {
        assertTrue(PrivacyRules.containsResidentNumber(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-1234-5678", "4111111111111111", "1000010013", "2024-03-01 전화 상담", "801317-1234567",
        "800517-9234567", "주문번호 20240301-0000001"})
    void mem06_otherNumbersAreNot(String text) {
        assertFalse(PrivacyRules.containsResidentNumber(text));
    }
}
