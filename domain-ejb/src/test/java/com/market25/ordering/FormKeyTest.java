package com.market25.ordering;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormKeyTest {

    @Test
    void newKeysAreWellFormedAndDifferent() {
        String a = FormKey.newKey();
        assertTrue(FormKey.isWellFormed(a), a);
        assertNotEquals(a, FormKey.newKey());
    }

    @Test
    void anythingElseIsRefusedBeforeItReachesItsColumn() {
        assertFalse(FormKey.isWellFormed(null));
        assertFalse(FormKey.isWellFormed("short"));
        assertFalse(FormKey.isWellFormed("x".repeat(FormKey.MAX_LENGTH + 1)));
        assertFalse(FormKey.isWellFormed("abcdefghijklmnop<script>"));
        assertTrue(FormKey.isWellFormed("x".repeat(FormKey.MAX_LENGTH)));
    }
}
