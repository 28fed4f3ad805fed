package com.market25.customerimport;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Customer ids as source files write them. Files exported from spreadsheets write a numeric id
 * as a decimal ({@code 12923.0}); that is the id {@code 12923}. Ids are compared as numbers
 * where both are numbers (so {@code 9} comes before {@code 10}), numbers before other ids, and
 * other ids as text; the database orders them the same way ({@code import_row.id_number}).
 */
public final class CustomerIds {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,40}");
    private static final Pattern SPREADSHEET_DECIMAL = Pattern.compile("(\\d+)\\.0+");

    /** Ascending as the import numbers customers. */
    public static final Comparator<String> ORDER = Comparator
            .comparing(CustomerIds::asNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.naturalOrder());

    private CustomerIds() {
    }

    /** The id as the file means it: trimmed, a spreadsheet's {@code 12923.0} as {@code 12923}; null when blank. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String id = raw.strip();
        if (id.isEmpty()) {
            return null;
        }
        var decimal = SPREADSHEET_DECIMAL.matcher(id);
        return decimal.matches() ? decimal.group(1) : id;
    }

    /** The id's numeric value when it is all digits, else null. */
    public static BigDecimal asNumber(String id) {
        return id != null && DIGITS.matcher(id).matches() ? new BigDecimal(id) : null;
    }
}
