package com.market25.customerimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.customerimport.MatchRule.Contact;
import org.junit.jupiter.api.Test;

/** MEM-03 merge-purge: which pairs merge by themselves, which wait for staff, with Korean spellings. */
class MergePurgeMem03Test {

    private static Contact c(String name, String phone, String email, String address, String company) {
        return new Contact(name, phone, email, address, company);
    }

    @Test
    void mem03_theSamePhoneInAnyFormIsASureMatch() {
        Contact a = c("홍길동", "010-1234-5678", null, null, null);
        for (String phone : new String[] {"01012345678", "+82 10 1234 5678", "010 1234 5678", "(010)1234-5678"}) {
            MatchRule rule = MatchRule.of(a, c("홍 길동", phone, null, null, null));
            assertEquals(MatchRule.PHONE, rule, phone);
            assertTrue(rule.sure());
        }
    }

    @Test
    void mem03_theSameEmailWhateverItsCaseAndSpacesIsASureMatch() {
        MatchRule rule = MatchRule.of(c("김민재", null, "MinJae.Kim@Example.COM", null, null),
                c("Kim Minjae", "010-9999-0000", " minjae.kim@example.com ", null, null));
        assertEquals(MatchRule.EMAIL, rule);
        assertTrue(rule.sure());
    }

    @Test
    void mem03_sameNameAndAddressWithAnotherPhoneIsDoubtful() {
        MatchRule rule = MatchRule.of(c("안미란", "010-1111-2222", null, "서울특별시 강남구 역삼동 123번지 4호", null),
                c("안 미란", "010-3333-4444", null, "서울 강남구 역삼동 123-4", null));
        assertEquals(MatchRule.NAME_ADDRESS, rule);
        assertFalse(rule.sure(), "people of one household share an address: staff decide");
        assertEquals(MatchRule.NAME_ADDRESS, MatchRule.of(c("안미란", null, null, "서울시 강남구 역삼동 123의 4", null),
                c("안미란", null, null, "서울 강남구 역삼동 123-4", null)));
    }

    @Test
    void mem03_sameNameAtTheSameCompanyIsDoubtful() {
        for (String company : new String[] {"(주)알트웰아이앤씨", "㈜ 알트웰아이앤씨", "알트웰아이앤씨 주식회사"}) {
            MatchRule rule = MatchRule.of(c("이용찬", "02-555-1234", null, null, "주식회사 알트웰아이앤씨"),
                    c("이용찬", "031-555-1234", null, null, company));
            assertEquals(MatchRule.COMPANY, rule, company);
            assertFalse(rule.sure());
        }
    }

    @Test
    void mem03_differentPeopleStayApart() {
        assertEquals(MatchRule.NONE, MatchRule.of(c("홍길동", "010-1234-5678", "a@example.com", "서울 강남구 역삼동 1", "A"),
                c("홍길동", "010-1234-5679", "b@example.com", "서울 강남구 역삼동 2", "B")));
        assertEquals(MatchRule.NONE, MatchRule.of(c(null, null, null, null, null), c(null, null, null, null, null)),
                "empty keys never match");
    }
}
