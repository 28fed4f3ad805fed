package com.market25.admin.slips;

import com.market25.admin.i18n.Formats;
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
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * 인쇄 of either order screen (SET-03): a plain page of the current filter and sort with the
 * totals of ALL matching rows, made for paper (A4 landscape, no menu). It prints the first
 * {@value #MAX_ROWS} rows and says so when there are more; every row is in the Excel export.
 * The rows are written as the database streams them.
 */
@WebServlet("/slips/print")
public class OrderPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX_ROWS = 1000;

    @EJB
    private SlipSearch slips;

    @EJB
    private PaymentSearch payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OrderListRequest list;
        long count;
        String totalLabel;
        java.math.BigDecimal total;
        try {
            list = OrderListRequest.of(request);
            if (list.payments()) {
                PaymentTotals t = payments.totals(list.form().paymentFilter());
                count = t.count();
                totalLabel = "paymentOrders.periodTotal";
                total = t.approvedTotal();
            } else {
                SlipTotals t = slips.totals(list.form().slipFilter());
                count = t.count();
                totalLabel = "slips.periodTotal";
                total = t.periodTotal();
            }
        } catch (IllegalArgumentException | InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale l = list.locale();
        response.setContentType("text/html; charset=UTF-8");
        PrintWriter w = response.getWriter();
        String title = Texts.ui(l, list.titleKey());
        w.append("<!DOCTYPE html><html lang=\"").append(l.getLanguage()).append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(esc(title)).append("</title><style>")
                .append("@page{size:A4 landscape;margin:10mm}body{font-family:'NanumGothic',sans-serif;font-size:10pt}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:2px 4px}")
                .append("td.num{text-align:right}.sum{margin:6px 0;font-weight:bold}@media print{.noprint{display:none}}")
                .append("</style></head><body><h1>").append(esc(title)).append("</h1>");
        OrderFilterForm f = list.form();
        w.append("<p id=\"filter\">").append(esc(Texts.ui(l, "slips.orderDate"))).append(": ")
                .append(esc(f.getFrom() + " ~ " + f.getTo())).append("</p>");
        w.append("<p class=\"sum\" id=\"totals\">").append(esc(Texts.ui(l, "orders.print.count", count))).append(" · ")
                .append(esc(Texts.ui(l, totalLabel))).append(": <span id=\"periodTotal\">")
                .append(esc(Formats.won(total, l))).append("</span></p>");
        if (count > MAX_ROWS) {
            w.append("<p id=\"capped\">").append(esc(Texts.ui(l, "orders.print.capped", MAX_ROWS))).append("</p>");
        }
        w.append("<table id=\"rows\"><thead><tr>");
        if (list.payments()) {
            header(w, OrderColumns.PAYMENTS, l);
            payments.forEach(f.paymentFilter(), list.paymentSort(), MAX_ROWS, r -> row(w, OrderColumns.PAYMENTS, r, l));
        } else {
            header(w, OrderColumns.SLIPS, l);
            slips.forEach(f.slipFilter(), list.slipSort(), MAX_ROWS, r -> row(w, OrderColumns.SLIPS, r, l));
        }
        w.append("</tbody></table></body></html>");
    }

    private static <R> void header(PrintWriter w, List<OrderColumns.Column<R>> columns, Locale l) {
        for (OrderColumns.Column<R> c : columns) {
            w.append("<th>").append(esc(Texts.ui(l, c.labelKey()))).append("</th>");
        }
        w.append("</tr></thead><tbody>");
    }

    private static <R> void row(PrintWriter w, List<OrderColumns.Column<R>> columns, R r, Locale l) {
        w.append("<tr>");
        for (OrderColumns.Column<R> c : columns) {
            Object v = c.value().apply(r, l);
            w.append(v instanceof java.math.BigDecimal ? "<td class=\"num\">" : "<td>")
                    .append(esc(v == null ? "" : OrderColumns.text(v, l))).append("</td>");
        }
        w.append("</tr>");
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
