package com.market25.shop.orders;

import com.market25.common.InvalidInputException;
import com.market25.ordering.OrderDesk;
import com.market25.shop.web.ShopRequest;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * 주문 취소 of an unpaid order from its page: the order becomes 주문취소 and its stock goes back.
 * An order that is paid, cancelled or being paid stays as it is (409, with the reason).
 */
@WebServlet(name = "orderCancel", urlPatterns = "/orders/cancel/*")
public class OrderCancelServlet extends HttpServlet {

    @EJB
    private OrderDesk orders;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        var member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        String slipNo = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        try {
            orders.cancelByCustomer(member.get().id(), member.get().loginId(), slipNo);
            ShopRequest.redirect(req, resp, "/orders/" + slipNo + "?cancelled=1");
        } catch (InvalidInputException e) {
            if ("error.orderUnknown".equals(e.fieldErrors().get("slipNo"))) {
                resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
                ShopRequest.render(req, resp, "notfound");
                return;
            }
            req.setAttribute("cancelError", e.fieldErrors().get("slipNo"));
            resp.setStatus(HttpServletResponse.SC_CONFLICT);
            req.getRequestDispatcher("/orders/" + slipNo).forward(req, resp);
        }
    }
}
