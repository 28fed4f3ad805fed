package com.market25.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** MEM-01: how the one search box reads what staff type. */
class CustomerQueryTest {

    @Test
    void mem01_blankListsEveryone() {
        assertNull(CustomerQuery.of("  ").keys());
        assertNull(CustomerQuery.of(null).keys());
    }

    @Test
    void mem01_anEmailAddressIsOnlyAnEmailKey() {
        assertEquals(new CustomerQuery.Keys("hong@example.com", null, null, null),
                CustomerQuery.of(" Hong@Example.COM ").keys());
    }

    @Test
    void mem01_aPhoneNumberInAnyFormatIsAPhoneKeyAndAnId() {
        CustomerQuery.Keys keys = CustomerQuery.of("+82 10 1234 5678").keys();
        assertEquals("01012345678", keys.phone());
        assertEquals("01012345678", CustomerQuery.of("010-1234-5678").keys().phone());
        assertNull(keys.namePrefix());
        assertNull(keys.email());
    }

    @Test
    void mem01_aMemberNumberIsAnExactIdNotAPhone() {
        CustomerQuery.Keys keys = CustomerQuery.of("100001").keys();
        assertEquals("100001", keys.exactId());
        assertNull(keys.phone());
        assertNull(keys.namePrefix());
    }

    @Test
    void mem01_koreanTextIsANamePrefixWithoutSpacing() {
        assertEquals(new CustomerQuery.Keys(null, null, null, "안미"), CustomerQuery.of("안 미").keys());
    }

    @Test
    void mem01_latinTokenMayBeANameOrAnImportedId() {
        CustomerQuery.Keys keys = CustomerQuery.of("C-1042").keys();
        assertEquals("C-1042", keys.exactId());
        assertEquals("c-1042", keys.namePrefix());
        CustomerQuery.Keys twoWords = CustomerQuery.of("Kim Minjae").keys();
        assertNull(twoWords.exactId());
        assertEquals("kimminjae", twoWords.namePrefix());
    }

    @Test
    void mem01_aBrokenEmailFindsNothingRatherThanEverything() {
        assertTrue(CustomerQuery.of("@").keys().none());
    }

    @Test
    void mem01_likeWildcardsAreLetters() {
        assertEquals("a!%b!_c!!%", CustomerDesk.likePrefix("a%b_c!"));
    }
}
