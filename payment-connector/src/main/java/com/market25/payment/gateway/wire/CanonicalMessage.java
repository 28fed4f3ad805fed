package com.market25.payment.gateway.wire;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The canonical byte form of a gateway message, which is both the HTTP body and the bytes that
 * are signed.
 *
 * <p>Format: one line per field, {@code key=value\n}, lines sorted by key (String order), UTF-8.
 * Keys match {@code [A-Za-z0-9_.]+}; values are percent-encoded with
 * {@link URLEncoder} (UTF-8), so they never contain '=' or a newline. Fields with a null value
 * are left out. A body is accepted only if re-encoding its parsed fields gives exactly the same
 * bytes, so there is one byte form per message.
 */
public final class CanonicalMessage {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.]+");

    private final SortedMap<String, String> fields;

    private CanonicalMessage(SortedMap<String, String> fields) {
        this.fields = Collections.unmodifiableSortedMap(fields);
    }

    /** A message of these fields; null values are dropped. */
    public static CanonicalMessage of(Map<String, String> fields) {
        TreeMap<String, String> sorted = new TreeMap<>();
        fields.forEach((k, v) -> {
            if (k == null || !KEY.matcher(k).matches()) {
                throw new IllegalArgumentException("bad field name: " + k);
            }
            if (v != null) {
                sorted.put(k, v);
            }
        });
        return new CanonicalMessage(sorted);
    }

    /** Parses a body; throws {@link IllegalArgumentException} if it is not in canonical form. */
    public static CanonicalMessage parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        TreeMap<String, String> map = new TreeMap<>();
        if (!text.isEmpty()) {
            if (!text.endsWith("\n")) {
                throw new IllegalArgumentException("message does not end with a newline");
            }
            for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("malformed line in message");
                }
                String key = line.substring(0, eq);
                if (!KEY.matcher(key).matches() || map.containsKey(key)) {
                    throw new IllegalArgumentException("bad or repeated field name: " + key);
                }
                map.put(key, URLDecoder.decode(line.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        CanonicalMessage message = new CanonicalMessage(map);
        if (!java.util.Arrays.equals(message.toBytes(), body)) {
            throw new IllegalArgumentException("message is not in canonical form");
        }
        return message;
    }

    public String get(String key) {
        return fields.get(key);
    }

    public SortedMap<String, String> fields() {
        return fields;
    }

    /** The canonical bytes: sorted {@code key=percent-encoded-value\n} lines, UTF-8. */
    public byte[] toBytes() {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Field names only: values may hold a card number and are never printed. */
    @Override
    public String toString() {
        return "CanonicalMessage" + fields.keySet();
    }
}
