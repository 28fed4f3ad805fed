package com.market25.shop.web;

/** Escapes text for HTML content and quoted attributes, as {@code fn:escapeXml} does. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&#034;";
                case '\'' -> "&#039;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
