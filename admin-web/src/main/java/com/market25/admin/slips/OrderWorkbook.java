package com.market25.admin.slips;

import com.market25.admin.i18n.Texts;
import com.market25.ordering.SlipSearch;
import com.market25.ordering.SlipTotals;
import com.market25.payment.PaymentSearch;
import com.market25.payment.PaymentTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Excel export of an order screen (SET-03): every row the filter matches, streamed from the
 * database ({@link SlipSearch#forEach}, forward only) into POI's streaming workbook, which keeps
 * {@value #WINDOW} rows in memory and writes the rest to a temporary file; so memory stays the
 * same for 10,000 or 1,000,000 rows. Sheet 1: header + one line per slip or payment; sheet 2:
 * the filter, the row count and the period total (SQL over all matching rows).
 */
public final class OrderWorkbook {

    public static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int WINDOW = 200;

    private OrderWorkbook() {
    }

    public static void write(OrderListRequest list, SlipSearch slips, PaymentSearch payments, OutputStream out)
            throws IOException {
        Locale locale = list.locale();
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            Sheet sheet = book.createSheet(Texts.ui(locale, list.titleKey()));
            Sheet summary = book.createSheet(Texts.ui(locale, "orders.export.summary"));
            long count;
            if (list.payments()) {
                count = rows(sheet, money, OrderColumns.PAYMENTS, locale,
                        each -> payments.forEach(list.form().paymentFilter(), list.paymentSort(), 0, each));
                PaymentTotals t = payments.totals(list.form().paymentFilter());
                summarize(summary, money, list, locale, count, "paymentOrders.periodTotal", t.approvedTotal());
            } else {
                count = rows(sheet, money, OrderColumns.SLIPS, locale,
                        each -> slips.forEach(list.form().slipFilter(), list.slipSort(), 0, each));
                SlipTotals t = slips.totals(list.form().slipFilter());
                summarize(summary, money, list, locale, count, "slips.periodTotal", t.periodTotal());
            }
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }

    private static <R> long rows(Sheet sheet, CellStyle money, List<OrderColumns.Column<R>> columns, Locale locale,
            Function<Consumer<R>, Long> source) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(Texts.ui(locale, columns.get(c).labelKey()));
        }
        int[] next = {1};
        return source.apply(r -> {
            Row row = sheet.createRow(next[0]++);
            for (int c = 0; c < columns.size(); c++) {
                Object v = columns.get(c).value().apply(r, locale);
                if (v instanceof BigDecimal b) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(b.doubleValue());
                    cell.setCellStyle(money);
                } else if (v != null) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        });
    }

    private static void summarize(Sheet summary, CellStyle money, OrderListRequest list, Locale locale, long count,
            String totalKey, BigDecimal total) {
        OrderFilterForm f = list.form();
        line(summary, 0, Texts.ui(locale, "slips.orderDate"), f.getFrom() + " ~ " + f.getTo());
        line(summary, 1, Texts.ui(locale, "orders.export.rows"), Long.toString(count));
        Row r = summary.createRow(2);
        r.createCell(0).setCellValue(Texts.ui(locale, totalKey));
        r.createCell(1).setCellValue(total.doubleValue());
        r.getCell(1).setCellStyle(money);
        line(summary, 3, Texts.ui(locale, "orders.export.madeOn"), LocalDate.now().toString());
    }

    private static void line(Sheet sheet, int at, String label, String value) {
        Row r = sheet.createRow(at);
        r.createCell(0).setCellValue(label);
        r.createCell(1).setCellValue(value);
    }
}
