package com.market25.customer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


/**
 * MEM-06: no resident registration number is ever stored. The inputs are put together here from a
 * birth date (YYMMDD) and a gender digit, so no number of that shape stands in the code or data.
 */
class PrivacyRulesTest {

    /** Birth date, "-", gender digit, six more digits: the shape the shop must refuse. */
    static String shaped(String birthYymmdd, int genderDigit) {
        return birthYymmdd + "-" + genderDigit + "0".repeat(5) + genderDigit;
    }

    static Stream<String> residentShaped() {
        return Stream.of(shaped("800517", 1), shaped("800517", 1).replace("-", ""),
                "주민번호: 800517 - " + shaped("800517", 2).substring(7) + " 입니다", shaped("021231", 4));
    }

    @ParameterizedTest
    @MethodSource("residentShaped")
    void mem06_residentNumbersAreRecognised(String text) {
        assertTrue(PrivacyRules.containsResidentNumber(text), text);
    }

    static Stream<String> notResident() {
        return Stream.of("010-1234-5678", "4111111111111111", "1000010013", "2024-03-01 전화 상담",
                shaped("801317", 1), shaped("800517", 9), "주문번호 20240301-0000001");
    }

    @ParameterizedTest
    @MethodSource("notResident")
    void mem06_otherNumbersAreNot(String text) {
        assertFalse(PrivacyRules.containsResidentNumber(text), text);
    }
}
