package com.market25.admin.slips;

import com.market25.common.InvalidInputException;
import com.market25.ordering.SlipSearch;
import com.market25.payment.PaymentSearch;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Excel export of ALL rows either order screen's filter matches (SET-03), as {@code .xlsx}
 * ({@link OrderWorkbook}: streamed from the database into a streaming workbook, constant memory).
 * web.xml lets in the roles of the screens ({@code /slips/*}); the boundaries check them again.
 */
@WebServlet("/slips/export")
public class OrderExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

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
        String name = (list.payments() ? "payments-" : "slips-") + list.form().getFrom() + "_" + list.form().getTo() + ".xlsx";
        response.setContentType(OrderWorkbook.TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        OutputStream out = response.getOutputStream();
        OrderWorkbook.write(list, slips, payments, out);
        out.flush();
    }
}
