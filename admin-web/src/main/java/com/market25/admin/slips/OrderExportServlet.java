package com.market25.admin.slips;

import com.market25.admin.i18n.Texts;
import com.market25.common.InvalidInputException;
import com.market25.ordering.SlipSearch;
import com.market25.ordering.SlipTotals;
import com.market25.payment.PaymentSearch;
import com.market25.payment.PaymentTotals;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel export of ALL rows either order screen's filter matches (SET-03), as {@code .xlsx}. The
 * rows come from the database as a forward-only stream ({@link SlipSearch#forEach}) and go into
 * POI's streaming workbook, which keeps {@value #WINDOW} rows in memory and the rest in a
 * temporary file, so memory stays the same for 10,000 or 1,000,000 rows. Sheet 1 holds the rows
 * (header + one line per slip or payment), sheet 2 the filter and the totals. web.xml lets in
 * the roles of the screens ({@code /slips/*}); the boundaries check them again.
 */
@WebServlet("/slips/export")
public class OrderExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int WINDOW = 200;

    @EJB
    private SlipSearch slips;

    @EJB
    private PaymentSearch payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OrderListRequest list;
        try {
            list = OrderListRequest.of(request);
            if (list.payments()) {
                list.form().paymentFilter().checked();
            } else {
                list.form().slipFilter().checked();
            }
        } catch (IllegalArgumentException | InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = list.locale();
        String name = (list.payments() ? "payments-" : "slips-") + list.form().getFrom() + "_" + list.form().getTo() + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            Sheet sheet = book.createSheet(Texts.ui(locale, list.titleKey()));
            Sheet summary = book.createSheet(Texts.ui(locale, "orders.export.summary"));
            long count;
            if (list.payments()) {
                count = write(sheet, money, OrderColumns.PAYMENTS, locale,
                        each -> payments.forEach(list.form().paymentFilter(), list.paymentSort(), 0, each));
                PaymentTotals t = payments.totals(list.form().paymentFilter());
                summarize(summary, money, list, locale, count, "paymentOrders.periodTotal", t.approvedTotal());
            } else {
                count = write(sheet, money, OrderColumns.SLIPS, locale,
                        each -> slips.forEach(list.form().slipFilter(), list.slipSort(), 0, each));
                SlipTotals t = slips.totals(list.form().slipFilter());
                summarize(summary, money, list, locale, count, "slips.periodTotal", t.periodTotal());
            }
            OutputStream out = response.getOutputStream();
            book.write(out);
            out.flush();
        } finally {
            book.close();
            book.dispose();
        }
    }

    /** Streams the rows into the sheet; returns how many. */
    private static <R> long write(Sheet sheet, CellStyle money, List<OrderColumns.Column<R>> columns, Locale locale,
            java.util.function.Function<java.util.function.Consumer<R>, Long> source) {
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
                    var cell = row.createCell(c);
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
