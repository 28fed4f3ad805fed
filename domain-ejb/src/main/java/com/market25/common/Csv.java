package com.market25.common;

/** RFC 4180 fields for the exports. */
public final class Csv {

    private Csv() {
    }

    /**
     * The value as a CSV field: quoted when it holds a comma, quote or line break; a value a
     * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
     */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
