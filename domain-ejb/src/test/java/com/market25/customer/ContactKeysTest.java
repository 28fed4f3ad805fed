package com.market25.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** MEM-01 search keys and MEM-03 duplicate keys, with the spellings Korean customer lists contain. */
class ContactKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"010-1234-5678", "01012345678", "+82 10 1234 5678", "+82-10-1234-5678",
            "+82 (0)10 1234 5678", "0082-10-1234-5678", "82 10 1234 5678", "(010) 1234.5678",
            " 010 1234 5678 ", "０１０－１２３４－５６７８", "1012345678", "010–1234–5678"})
    void mem01_everySpellingOfOneMobileNumberIsOneKey(String spelling) {
        assertEquals("01012345678", ContactKeys.phone(spelling));
    }

    @Test
    void mem01_seoulAndRegionalLandlinesKeepTheirAreaCode() {
        assertEquals("0212345678", ContactKeys.phone("02-1234-5678"));
        assertEquals("021234567", ContactKeys.phone("(02) 123-4567"));
        assertEquals("0311234567", ContactKeys.phone("031-123-4567"));
        assertEquals("0311234567", ContactKeys.phone("+82 31 123 4567"));
        assertEquals("0505123456", ContactKeys.phone("0505-123-456"));
    }

    @Test
    void mem01_representativeNumbersStayAsWritten() {
        assertEquals("15881234", ContactKeys.phone("1588-1234"));
    }

    @Test
    void mem01_differentNumbersStayDifferent() {
        assertNotEquals(ContactKeys.phone("010-1234-5678"), ContactKeys.phone("010-1234-5679"));
        assertNotEquals(ContactKeys.phone("02-123-4567"), ContactKeys.phone("031-123-4567"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "없음", "-", "1234", "010-123", "0000000000000000", "내선 123"})
    void mem03_noPhoneKeyForWhatCannotBeANumber(String junk) {
        assertNull(ContactKeys.phone(junk));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hong@example.com", "Hong@Example.COM", " hong@example.com ",
            "hong @ example.com", "HONG@EXAMPLE.COM", "ｈｏｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", "hong@example.com\u3000"})
    void mem01_emailIgnoresCaseSpacesAndFullWidth(String spelling) {
        assertEquals("hong@example.com", ContactKeys.email(spelling));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "hong", "@example.com", "hong@", "a@b@c.com", "메일없음"})
    void mem03_noEmailKeyWithoutOneAtBetweenTwoParts(String junk) {
        assertNull(ContactKeys.email(junk));
    }

    @Test
    void mem01_nameIgnoresSpacingSoPrefixesWork() {
        assertEquals("홍길동", ContactKeys.name("홍 길동"));
        assertEquals("홍길동", ContactKeys.name(" 홍길동 "));
        assertEquals("남궁민수", ContactKeys.name("남궁 민수"));
        assertEquals("kimmin-jae", ContactKeys.name("Kim Min-jae"));
        assertEquals("홍길", ContactKeys.name("홍 길"));
        assertNull(ContactKeys.name("  "));
        assertNull(ContactKeys.name(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"서울특별시 강남구 역삼동 123-4", "서울시 강남구 역삼동 123-4", "서울 강남구 역삼동 123-4",
            "서울특별시 강남구 역삼동 123번지 4호", "서울 강남구 역삼동 123번지의 4", "서울강남구역삼동123의4",
            "서울특별시  강남구   역삼동 123 - 4", "(06236) 서울특별시 강남구 역삼동 123-4", "06236 서울 강남구 역삼동 123－4",
            "서울특별시, 강남구 역삼동 123-4"})
    void mem03_oneAddressWrittenManyWays(String spelling) {
        assertEquals("서울강남구역삼동123-4", ContactKeys.address(spelling));
    }

    @Test
    void mem03_lotNumberWithoutSubNumber() {
        assertEquals("서울강남구역삼동123", ContactKeys.address("서울특별시 강남구 역삼동 123번지"));
        assertEquals(ContactKeys.address("서울 강남구 역삼동 123"), ContactKeys.address("서울특별시 강남구 역삼동 123번지"));
    }

    @Test
    void mem03_provincesFullAndShort() {
        assertEquals(ContactKeys.address("경기 성남시 분당구 정자동 10"), ContactKeys.address("경기도 성남시 분당구 정자동 10번지"));
        assertEquals(ContactKeys.address("부산 해운대구 우동 1"), ContactKeys.address("부산광역시 해운대구 우동 1번지"));
        assertEquals(ContactKeys.address("충북 청주시 상당구 1"), ContactKeys.address("충청북도 청주시 상당구 1"));
        assertEquals(ContactKeys.address("전북 전주시 완산구 1"), ContactKeys.address("전북특별자치도 전주시 완산구 1"));
        assertEquals(ContactKeys.address("전북 전주시 완산구 1"), ContactKeys.address("전라북도 전주시 완산구 1"));
        assertEquals(ContactKeys.address("제주 제주시 1"), ContactKeys.address("제주특별자치도 제주시 1"));
        assertEquals(ContactKeys.address("세종 한누리대로 2130"), ContactKeys.address("세종특별자치시 한누리대로 2130"));
    }

    @Test
    void mem03_roadNameAddressesKeepTheirBeonGilAndBuildingParts() {
        assertEquals("서울강남구테헤란로10길5", ContactKeys.address("서울특별시 강남구 테헤란로10길 5"));
        // 번길 is part of a road name, not a lot number
        assertEquals("경기성남시분당구판교역로235번길10", ContactKeys.address("경기도 성남시 분당구 판교역로235번길 10"));
        assertEquals("서울송파구올림픽로300101동1203호", ContactKeys.address("서울시 송파구 올림픽로 300, 101동 1203호"));
    }

    @Test
    void mem03_differentPlacesStayDifferent() {
        assertNotEquals(ContactKeys.address("서울 강남구 역삼동 123-4"), ContactKeys.address("서울 강남구 역삼동 123-5"));
        assertNotEquals(ContactKeys.address("광주 북구 용봉동 1"), ContactKeys.address("경기 광주시 오포읍 1"));
        assertNull(ContactKeys.address(" "));
    }

    @Test
    void mem03_nameAndAddressTogether() {
        assertEquals(ContactKeys.nameAndAddress("홍 길동", "서울특별시 강남구 역삼동 123번지 4호"),
                ContactKeys.nameAndAddress("홍길동", "서울 강남구 역삼동 123-4"));
        assertNotEquals(ContactKeys.nameAndAddress("홍길동", "서울 강남구 역삼동 123-4"),
                ContactKeys.nameAndAddress("홍길순", "서울 강남구 역삼동 123-4"));
        assertNull(ContactKeys.nameAndAddress("홍길동", ""));
        assertNull(ContactKeys.nameAndAddress(null, "서울 강남구 역삼동 123-4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"주식회사 마켓이십오", "(주)마켓이십오", "㈜마켓이십오", "㈜ 마켓이십오", "마켓이십오(주)",
            "마켓이십오 주식회사", "마켓 이십오 ㈜", "（주）마켓이십오", "마켓이십오", "(株)마켓이십오"})
    void mem03_companyWithoutItsLegalForm(String spelling) {
        assertEquals("마켓이십오", ContactKeys.company(spelling));
    }

    @Test
    void mem03_companyOtherLegalFormsAndLatinNames() {
        assertEquals("알트웰아이앤씨", ContactKeys.company("유한회사 알트웰 아이앤씨"));
        assertEquals("한국데이터협회", ContactKeys.company("(사)한국데이터협회"));
        assertEquals("market25", ContactKeys.company("Market25 Co., Ltd."));
        assertEquals("market25", ContactKeys.company("MARKET25 Inc."));
        assertNotEquals(ContactKeys.company("삼성전자"), ContactKeys.company("삼성전기(주)"));
        assertNull(ContactKeys.company("㈜"));
        assertNull(ContactKeys.company(" "));
    }

    @Test
    void mem03_theStoredNameAndAddressKeyIsEmptyWithoutAPartAndFitsItsColumn() {
        assertEquals(ContactKeys.nameAndAddress("홍 길동", "서울 강남구 역삼동 1"),
                ContactKeys.storedNameAndAddress("홍 길동", "서울 강남구 역삼동 1"));
        assertEquals("", ContactKeys.storedNameAndAddress("홍길동", null), "keyed, no key: not NULL (not keyed yet)");
        assertEquals("", ContactKeys.storedNameAndAddress(null, "서울 강남구"));
        assertEquals(200, ContactKeys.storedNameAndAddress("홍길동", "가".repeat(400)).length());
    }
}
