package com.market25.admin.delivery;

import com.market25.admin.i18n.Texts;
import com.market25.delivery.DeliveryDesk;
import com.market25.ordering.DeliveryTarget;
import com.market25.ordering.DeliveryTargetQuery;
import com.market25.ordering.DeliveryTargets;
import com.market25.ordering.OrderStatus;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The delivery target list to print (배송대상 목록, DLV-01): {@code /delivery/print} as a page with
 * a print style sheet, {@code /delivery/targets.pdf} as A4 landscape PDF with the embedded Korean
 * font; the filters of the screen as parameters (status, from, to, branch, lang). web.xml lets
 * the same roles in as the delivery page.
 */
@WebServlet({"/delivery/print", "/delivery/targets.pdf"})
public class DeliveryListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private DeliveryDesk desk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DeliveryTargetQuery query;
        try {
            query = new DeliveryTargetQuery(status(request.getParameter("status")), day(request.getParameter("from")),
                    day(request.getParameter("to")), request.getParameter("branch"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = Texts.supported(request.getParameter("lang"));
        String title = Texts.ui(locale, "delivery.print.title." + query.status().name());
        String subtitle = Texts.ui(locale, "delivery.print.subtitle", text(query.from()), text(query.to()),
                query.branchCode() == null ? Texts.ui(locale, "common.all") : query.branchCode());
        if (request.getServletPath().endsWith(".pdf")) {
            byte[] pdf = desk.targetListPdf(query, title, subtitle);
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"delivery-targets.pdf\"");
            response.setContentLength(pdf.length);
            response.getOutputStream().write(pdf);
            return;
        }
        List<DeliveryTarget> rows = desk.targets(query, 0, DeliveryTargets.MAX_ROWS);
        long total = desk.countTargets(query);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>");
        out.print(esc(title));
        out.print("</title><style>body{font-family:'NanumGothic','Malgun Gothic',sans-serif;font-size:11px;margin:12px}"
                + "h1{font-size:16px;margin:0 0 4px}p{margin:0 0 8px;color:#444}"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:3px 4px;vertical-align:top}"
                + "th{background:#eee}td.num{text-align:right}.hint{color:#666}"
                + "@page{size:A4 landscape;margin:10mm}@media print{.hint{display:none}thead{display:table-header-group}"
                + "tr{page-break-inside:avoid}}</style></head><body>");
        out.print("<h1 id=\"title\">" + esc(title) + "</h1><p id=\"subtitle\">" + esc(subtitle) + " · "
                + esc(Texts.ui(locale, "delivery.print.count", total)) + "</p>");
        if (total > rows.size()) {
            out.print("<p class=\"hint\">" + esc(Texts.ui(locale, "delivery.print.capped", rows.size())) + "</p>");
        }
        out.print("<p class=\"hint\">" + esc(Texts.ui(locale, "delivery.print.hint")) + "</p>");
        out.print("<table id=\"targets\"><thead><tr>");
        for (String key : new String[] {"no", "slipNo", "paidAt", "recipient", "phone", "postalCode", "address", "items",
            "quantity", "note"}) {
            out.print("<th>" + esc(Texts.ui(locale, "delivery.col." + key)) + "</th>");
        }
        out.print("</tr></thead><tbody>");
        int no = 0;
        for (DeliveryTarget t : rows) {
            no++;
            String items = nz(t.firstItem()) + (t.otherLines() > 0 ? " " + Texts.ui(locale, "delivery.moreItems", t.otherLines()) : "");
            out.print("<tr><td class=\"num\">" + no + "</td><td class=\"slipNo\">" + esc(t.slipNo()) + "</td><td>"
                    + (t.paidAt() == null ? "" : t.paidAt().format(MINUTE)) + "</td><td>" + esc(t.recipientName())
                    + "</td><td>" + esc(t.recipientPhone()) + "</td><td>" + esc(t.postalCode()) + "</td><td>"
                    + esc(t.address()) + "</td><td>" + esc(items) + "</td><td class=\"num\">" + t.quantity()
                    + "</td><td>" + esc(t.deliveryNote()) + "</td></tr>");
        }
        out.print("</tbody></table></body></html>");
    }

    private static OrderStatus status(String text) {
        return text == null || text.isBlank() ? OrderStatus.PAID : OrderStatus.valueOf(text);
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    private static String text(LocalDate day) {
        return day == null ? "…" : day.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
