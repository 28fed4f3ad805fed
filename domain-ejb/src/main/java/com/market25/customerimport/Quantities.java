package com.market25.customerimport;

import java.util.List;

/** Quantities of purchase lines: whole numbers within an INT column. */
final class Quantities {

    private Quantities() {
    }

    /** The whole number in {@code text}, or null with the problem added. */
    static Integer whole(int line, String column, String text, List<Reject> problems) {
        String t = text == null ? "" : text.strip().replaceFirst("\\.0+$", "");
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            problems.add(new Reject(line, column, "import.reject.quantity", text));
            return null;
        }
    }

    /** A whole number above zero, or null with the problem added. */
    static Integer positive(int line, String column, String text, List<Reject> problems) {
        Integer q = whole(line, column, text, problems);
        if (q != null && q <= 0) {
            problems.add(new Reject(line, column, "import.reject.quantityNotPositive", text));
            return null;
        }
        return q;
    }
}
