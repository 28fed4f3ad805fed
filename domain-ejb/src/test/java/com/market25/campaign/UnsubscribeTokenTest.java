package com.market25.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The unsubscribe link's token: only the server's secret makes one, and any change breaks it. */
class UnsubscribeTokenTest {

    private static final byte[] SECRET = "a-secret-of-at-least-thirty-two-characters".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER = "another-secret-of-thirty-two-characters!!".getBytes(StandardCharsets.UTF_8);

    @Test
    void aTokenTheServerIssuedNamesTheMemberAndTheCampaign() {
        String token = UnsubscribeToken.issue(SECRET, 2, 17);
        assertTrue(token.startsWith("2.17."), token);
        assertEquals(Optional.of(new UnsubscribeToken.Claims(2, 17)), UnsubscribeToken.verify(SECRET, token));
    }

    @Test
    void anotherMembersIdWithTheSameSignatureIsRefused() {
        String token = UnsubscribeToken.issue(SECRET, 2, 17);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        assertEquals(Optional.empty(), UnsubscribeToken.verify(SECRET, "3.17." + signature));
        assertEquals(Optional.empty(), UnsubscribeToken.verify(SECRET, "2.18." + signature));
    }

    @Test
    void aChangedSignatureIsRefused() {
        String token = UnsubscribeToken.issue(SECRET, 2, 17);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertEquals(Optional.empty(), UnsubscribeToken.verify(SECRET, tampered));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        assertEquals(Optional.empty(), UnsubscribeToken.verify(OTHER, UnsubscribeToken.issue(SECRET, 2, 17)));
        assertNotEquals(UnsubscribeToken.issue(SECRET, 2, 17), UnsubscribeToken.issue(OTHER, 2, 17));
    }

    @Test
    void garbageIsRefusedWithoutAnError() {
        for (String garbage : new String[] {null, "", "2.17", "2.17.", "x.y.z", "2.17." + "A".repeat(43) + "=",
                "99999999999999999999.1." + "A".repeat(43), "2.17." + "A".repeat(500), "-2.17." + "A".repeat(43)}) {
            assertEquals(Optional.empty(), UnsubscribeToken.verify(SECRET, garbage), String.valueOf(garbage));
        }
    }
}
