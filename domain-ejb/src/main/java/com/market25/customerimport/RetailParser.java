package com.market25.customerimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of the UCI Online Retail CSV
 * ({@code InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country}).
 * Lines are staged one by one with their invoice number; applying the job groups them by invoice
 * into one order. An invoice starting with {@code C} is a cancellation: its quantities must be
 * negative, and the order is stored with positive quantity and amount, marked cancelled. A line
 * without a customer is refused (the order would belong to nobody); a unit price of zero or less
 * is refused (free samples and the data set's "adjust bad debt" lines are no purchases).
 */
final class RetailParser implements RowParser {

    static final List<String> COLUMNS = List.of("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
            "UnitPrice", "CustomerID", "Country");
    /** The data set's own form ({@code 12/1/2010 8:26}) and the sample's ({@code 2011-10-06 16:20:00}). */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("M/d/uuuu H:mm"));

    @Override
    public void parse(int line, List<String> cells, List<StagedRow> rows, List<Reject> rejects) {
        if (cells.size() != COLUMNS.size()) {
            rejects.add(new Reject(line, "-", "import.reject.columnCount:" + COLUMNS.size(), String.join(",", cells)));
            return;
        }
        List<Reject> problems = new ArrayList<>(2);
        String invoice = cells.get(0).strip();
        boolean cancelled = invoice.startsWith("C");
        if (invoice.isEmpty()) {
            problems.add(new Reject(line, COLUMNS.get(0), "import.reject.invoiceMissing", cells.get(0)));
        } else {
            RowParser.fits(line, COLUMNS.get(0), invoice, ImportField.ORDER_REF.maxLength(), problems);
        }
        Integer quantity = Quantities.whole(line, COLUMNS.get(3), cells.get(3), problems);
        if (quantity != null && cancelled && quantity >= 0) {
            problems.add(new Reject(line, COLUMNS.get(3), "import.reject.cancelQuantity", cells.get(3)));
        } else if (quantity != null && !cancelled && quantity <= 0) {
            problems.add(new Reject(line, COLUMNS.get(3), "import.reject.quantityNotPositive", cells.get(3)));
        }
        LocalDate on = date(cells.get(4));
        if (on == null) {
            problems.add(new Reject(line, COLUMNS.get(4), "import.reject.date:yyyy-MM-dd HH:mm", cells.get(4)));
        }
        BigDecimal price = Amounts.parse(cells.get(5));
        if (price == null) {
            problems.add(new Reject(line, COLUMNS.get(5), "import.reject.amount", cells.get(5)));
        } else if (price.signum() <= 0) {
            problems.add(new Reject(line, COLUMNS.get(5), "import.reject.amountNotPositive", cells.get(5)));
        }
        String customer = CustomerIds.clean(cells.get(6));
        if (customer == null) {
            problems.add(new Reject(line, COLUMNS.get(6), "import.reject.customerIdMissing", cells.get(6)));
        } else {
            RowParser.fits(line, COLUMNS.get(6), customer, ImportField.CUSTOMER_ID.maxLength(), problems);
        }
        if (!problems.isEmpty()) {
            rejects.addAll(problems);
            return;
        }
        int units = Math.abs(quantity);
        rows.add(StagedRow.purchase(line, customer, invoice, on, units,
                Amounts.minorUnits(price.multiply(BigDecimal.valueOf(units))), cancelled));
    }

    static LocalDate date(String text) {
        String t = text == null ? "" : text.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDateTime.parse(t, f).toLocalDate();
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }
}
