package com.market25.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final String DEMO_PBKDF2 =
            "pbkdf2$60000$TwRmaAZHjXTSTAznt2E+wg==$4CYScx2K4FsBP5gyzMI27P3mD5v01up0Qia6tAZxJKU=";

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = PasswordHasher.hash("market25!");
        assertTrue(PasswordHasher.matches("market25!", stored));
        assertFalse(PasswordHasher.matches("market25?", stored));
    }

    @Test
    void newHashesAreArgon2idAtOwaspStrength() {
        String stored = PasswordHasher.hash("비밀번호1234");
        assertTrue(stored.startsWith("argon2id$v=19$m=19456,t=2,p=1$"), stored);
        assertTrue(PasswordHasher.matches("비밀번호1234", stored), "Korean passwords round-trip");
        assertFalse(PasswordHasher.needsRehash(stored));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHasher.hash("비밀번호1234"), PasswordHasher.hash("비밀번호1234"));
    }

    @Test
    void aFirstJourneyPbkdf2HashStillMatchesAndAsksForARehash() {
        assertTrue(PasswordHasher.matches("market25!", DEMO_PBKDF2));
        assertTrue(PasswordHasher.needsRehash(DEMO_PBKDF2));
    }

    @Test
    void weakerArgon2SettingsAskForARehash() {
        String stored = PasswordHasher.hash("market25!").replace("m=19456,t=2,p=1", "m=19456,t=1,p=1");
        assertTrue(PasswordHasher.needsRehash(stored));
        assertFalse(PasswordHasher.matches("market25!", stored), "the settings are part of the hash");
    }

    @Test
    void aMalformedOrMissingHashNeverMatchesAndNeverThrows() {
        assertFalse(PasswordHasher.matches("anything", null));
        assertFalse(PasswordHasher.matches("anything", "argon2id$v=19$m=x$abc$def"));
        assertFalse(PasswordHasher.matches("anything", "pbkdf2$999999999$AA==$AA=="));
        assertFalse(PasswordHasher.matches("anything", "plain"));
    }
}
