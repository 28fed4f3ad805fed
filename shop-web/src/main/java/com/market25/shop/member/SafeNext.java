package com.market25.shop.member;

import java.util.regex.Pattern;

/**
 * Where to go after signing in: a path of this shop only. Anything a browser could read as
 * another site (//host, /\host, /%09/host, a scheme, control or white-space characters, an
 * encoded slash or backslash) falls back to the home page.
 */
public final class SafeNext {

    private static final Pattern SAFE = Pattern.compile("^/(?![/\\\\])[A-Za-z0-9\\-._~/?=&%+]*$");
    private static final int MAX_LENGTH = 300;

    private SafeNext() {
    }

    public static String of(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !SAFE.matcher(next).matches()) {
            return "/";
        }
        String lower = next.toLowerCase(java.util.Locale.ROOT);
        // %2f %5c: a slash or backslash that a later decoding would bring back; %09 %0a %0d %00:
        // characters browsers strip before reading the path
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%09") || lower.contains("%0a")
                || lower.contains("%0d") || lower.contains("%00") || lower.contains("/..") || lower.contains("%2e")) {
            return "/";
        }
        return next;
    }
}
