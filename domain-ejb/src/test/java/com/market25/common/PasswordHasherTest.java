package com.market25.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = PasswordHasher.hash("market25!");
        assertTrue(PasswordHasher.matches("market25!", stored));
        assertFalse(PasswordHasher.matches("market25?", stored));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHasher.hash("비밀번호1234"), PasswordHasher.hash("비밀번호1234"));
    }

    @Test
    void theDemoLoginsHashStillMatches() {
        assertTrue(PasswordHasher.matches("market25!",
                "pbkdf2$60000$TwRmaAZHjXTSTAznt2E+wg==$4CYScx2K4FsBP5gyzMI27P3mD5v01up0Qia6tAZxJKU="));
    }

    @Test
    void anAccountWithoutPasswordCannotSignIn() {
        assertFalse(PasswordHasher.matches("anything", null));
    }
}
