package com.market25.payment.gateway.wire;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CanonicalMessageTest {

    @Test
    void linesAreSortedKeyValueWithEncodedValues() {
        Map<String, String> m = new HashMap<>();
        m.put("b", "x=y\nz");
        m.put("a", "1");
        m.put("c", null);
        assertEquals("a=1\nb=x%3Dy%0Az\n", new String(CanonicalMessage.of(m).toBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void parseRoundTripsKoreanText() {
        byte[] bytes = CanonicalMessage.of(Map.of("cardCompany", "국민카드", "amount", "1000")).toBytes();
        assertEquals("국민카드", CanonicalMessage.parse(bytes).get("cardCompany"));
    }

    @Test
    void parseRefusesNonCanonicalOrder() {
        byte[] unsorted = "b=2\na=1\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> CanonicalMessage.parse(unsorted));
    }
}
