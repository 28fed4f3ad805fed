package com.market25.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.member.ConsentChoices;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MEM-06: consent is recorded only for a channel that can reach the customer. */
class ConsentReachTest {

    private static final ConsentChoices ALL = new ConsentChoices(true, true, true, true);

    @Test
    void mem06_aCustomerWithOnlyAWorkPhoneMayBeCalledButNotTexted() {
        Map<String, String> problems = ConsentReach.of(null, null, null, "02-3728-1900", null, null).problems(ALL);
        assertEquals(Map.of("consent.EMAIL", "error.customer.consentNeedsEmail",
                "consent.SMS", "error.customer.consentNeedsMobile",
                "consent.DM", "error.customer.consentNeedsAddress"), problems);
    }

    @Test
    void mem06_everyChannelWithItsContactIsFine() {
        assertTrue(ConsentReach.of("hong@example.com", "010-1234-5678", null, null, null, "서울 중구 세종대로 110")
                .problems(ALL).isEmpty());
    }

    @Test
    void mem06_withdrawingNeedsNoContact() {
        assertTrue(ConsentReach.of(null, null, null, null, null, null)
                .problems(new ConsentChoices(false, false, false, false)).isEmpty());
    }

    @Test
    void mem06_anEditMayNotRemoveTheContactAGrantedConsentNeeds() {
        ConsentReach withoutEmailAndAddress = ConsentReach.of(null, "010-1234-5678", null, null, null, null);
        assertEquals(Map.of("email", "error.customer.emailKeptByConsent",
                "address", "error.customer.addressKeptByConsent"), withoutEmailAndAddress.keptBy(ALL));
        assertTrue(withoutEmailAndAddress.keptBy(new ConsentChoices(false, true, false, true)).isEmpty());
    }
}
