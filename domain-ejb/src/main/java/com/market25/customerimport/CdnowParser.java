package com.market25.customerimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDNOW purchase log: {@code customer_id yyyymmdd quantity amount_usd}, whitespace
 * separated, one line one order. The quantity must be positive and the amount not negative (a log of
 * purchases has no returns; it has free orders of 0.00); the amount becomes cents ({@link Amounts}).
 */
final class CdnowParser implements RowParser {

    static final List<String> COLUMNS = List.of("customer_id", "date", "quantity", "amount");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public void parse(int line, List<String> cells, List<StagedRow> rows, List<Reject> rejects) {
        if (cells.size() != COLUMNS.size()) {
            rejects.add(new Reject(line, "-", "import.reject.columnCount:" + COLUMNS.size(), String.join(" ", cells)));
            return;
        }
        List<Reject> problems = new ArrayList<>(2);
        String id = CustomerIds.clean(cells.get(0));
        if (id == null) {
            problems.add(new Reject(line, COLUMNS.get(0), "import.reject.customerIdMissing", cells.get(0)));
        } else {
            RowParser.fits(line, COLUMNS.get(0), id, ImportField.CUSTOMER_ID.maxLength(), problems);
        }
        LocalDate on = null;
        try {
            on = LocalDate.parse(cells.get(1), DATE);
        } catch (DateTimeParseException e) {
            problems.add(new Reject(line, COLUMNS.get(1), "import.reject.date:yyyymmdd", cells.get(1)));
        }
        Integer quantity = Quantities.positive(line, COLUMNS.get(2), cells.get(2), problems);
        BigDecimal amount = Amounts.parse(cells.get(3));
        if (amount == null) {
            problems.add(new Reject(line, COLUMNS.get(3), "import.reject.amount", cells.get(3)));
        } else if (amount.signum() < 0) {
            // the log has 80 orders of 0.00 (free or promotional): they are orders all the same
            problems.add(new Reject(line, COLUMNS.get(3), "import.reject.amountNegative", cells.get(3)));
        }
        if (!problems.isEmpty()) {
            rejects.addAll(problems);
            return;
        }
        rows.add(StagedRow.purchase(line, id, null, on, quantity, Amounts.minorUnits(amount), false));
    }

    /** A CDNOW line's cells: the fields between runs of blanks. */
    static List<String> split(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }
}
