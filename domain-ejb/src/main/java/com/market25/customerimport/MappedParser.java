package com.market25.customerimport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of a mapped file (customer list CSV, xlsx) read through its {@link ColumnMapping}: a
 * customer (name, phone, e-mail, address, company, optional id) or, when an amount is mapped, a
 * purchase (customer id, date, quantity (1 when unmapped), amount in won, optional order number).
 */
final class MappedParser implements RowParser {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("M/d/uu"),
            DateTimeFormatter.ofPattern("M/d/uuuu"));

    private final ColumnMapping mapping;
    private final List<String> headers;

    MappedParser(ColumnMapping mapping, List<String> headers) {
        this.mapping = mapping;
        this.headers = headers;
    }

    @Override
    public void parse(int line, List<String> cells, List<StagedRow> rows, List<Reject> rejects) {
        if (cells.size() > headers.size() && cells.subList(headers.size(), cells.size()).stream().anyMatch(c -> c != null && !c.isBlank())) {
            rejects.add(new Reject(line, "-", "import.reject.columnCount:" + headers.size(), String.join(",", cells)));
            return;
        }
        List<Reject> problems = new ArrayList<>(2);
        String id = CustomerIds.clean(mapping.cell(cells, ImportField.CUSTOMER_ID));
        checkLength(line, ImportField.CUSTOMER_ID, id, problems);
        if (mapping.purchaseLog()) {
            purchase(line, cells, id, rows, problems);
        } else {
            customer(line, cells, id, rows, problems);
        }
        rejects.addAll(problems);
    }

    private void purchase(int line, List<String> cells, String id, List<StagedRow> rows, List<Reject> problems) {
        if (id == null) {
            problems.add(new Reject(line, column(ImportField.CUSTOMER_ID), "import.reject.customerIdMissing", null));
        }
        String dateText = mapping.cell(cells, ImportField.DATE);
        LocalDate on = date(dateText);
        if (on == null) {
            problems.add(new Reject(line, column(ImportField.DATE), "import.reject.date:yyyy-MM-dd", dateText));
        }
        String quantityText = mapping.cell(cells, ImportField.QUANTITY);
        Integer quantity = quantityText == null ? Integer.valueOf(1)
                : Quantities.positive(line, column(ImportField.QUANTITY), quantityText, problems);
        String amountText = mapping.cell(cells, ImportField.AMOUNT);
        BigDecimal amount = Amounts.parse(amountText);
        if (amount == null) {
            problems.add(new Reject(line, column(ImportField.AMOUNT), "import.reject.amount", amountText));
        } else if (amount.signum() <= 0) {
            problems.add(new Reject(line, column(ImportField.AMOUNT), "import.reject.amountNotPositive", amountText));
        }
        String order = mapping.cell(cells, ImportField.ORDER_REF);
        checkLength(line, ImportField.ORDER_REF, order, problems);
        if (problems.isEmpty()) {
            rows.add(StagedRow.purchase(line, id, order, on, quantity, amount.setScale(0, RoundingMode.HALF_UP), false));
        }
    }

    private void customer(int line, List<String> cells, String id, List<StagedRow> rows, List<Reject> problems) {
        String name = mapping.cell(cells, ImportField.NAME);
        String phone = mapping.cell(cells, ImportField.PHONE);
        String email = mapping.cell(cells, ImportField.EMAIL);
        String address = mapping.cell(cells, ImportField.ADDRESS);
        String company = mapping.cell(cells, ImportField.COMPANY);
        if (name == null && phone == null && email == null) {
            problems.add(new Reject(line, column(ImportField.NAME), "import.reject.noContact", String.join(",", cells)));
        }
        checkLength(line, ImportField.NAME, name, problems);
        checkLength(line, ImportField.PHONE, phone, problems);
        checkLength(line, ImportField.EMAIL, email, problems);
        checkLength(line, ImportField.ADDRESS, address, problems);
        checkLength(line, ImportField.COMPANY, company, problems);
        if (problems.isEmpty()) {
            rows.add(StagedRow.customer(line, id, name, phone, email, address, company));
        }
    }

    private void checkLength(int line, ImportField field, String value, List<Reject> problems) {
        RowParser.fits(line, column(field), value, field.maxLength(), problems);
    }

    /** The column as the report names it: the file's header, else the field. */
    private String column(ImportField field) {
        Integer i = mapping.columns().get(field);
        return i != null && i < headers.size() && headers.get(i) != null && !headers.get(i).isBlank()
                ? headers.get(i) : field.name().toLowerCase();
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }
}
