package com.market25.shop.checkout;

import com.market25.checkout.Checkout;
import com.market25.checkout.CheckoutResult;
import com.market25.common.InvalidInputException;
import com.market25.member.MemberView;
import com.market25.ordering.OrderDesk;
import com.market25.shop.web.ShopRequest;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Checkout (SHOP-06): recipient and card on one page. The order is taken at catalog prices
 * whatever the form sends; a declined card lands on the order page, still payable.
 */
@WebServlet(name = "checkout", urlPatterns = {"/checkout", "/orders/pay/*"})
public class CheckoutServlet extends HttpServlet {

    @EJB
    private Checkout checkout;

    @EJB
    private OrderDesk orders;

    @EJB
    private com.market25.payment.PaymentDesk payments;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        var member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        var priced = orders.quote(ShopRequest.cart(req));
        if (priced.isEmpty()) {
            ShopRequest.redirect(req, resp, "/cart");
            return;
        }
        req.setAttribute("priced", priced);
        req.setAttribute("form", defaults(member.get()));
        ShopRequest.render(req, resp, "checkout");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        var member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        if (req.getServletPath().equals("/orders/pay")) {
            payAgain(req, resp, member.get());
            return;
        }
        try {
            CheckoutResult result = checkout.payByCard(member.get().id(), ShopRequest.cart(req),
                    PaymentForm.recipient(req), PaymentForm.card(req));
            ShopRequest.cart(req).clear();
            String query = result.payment().approved() ? "?paid=1" : "?declined=" + result.payment().declineCode();
            ShopRequest.redirect(req, resp, "/orders/" + result.slipNo() + query);
        } catch (InvalidInputException e) {
            ShopRequest.keepForm(req, e);
            req.setAttribute("priced", orders.quote(ShopRequest.cart(req)));
            resp.setStatus(422);
            ShopRequest.render(req, resp, "checkout");
        }
    }

    /** 결제 다시 하기 on a payable order's page. */
    private void payAgain(HttpServletRequest req, HttpServletResponse resp, MemberView member)
            throws ServletException, IOException {
        String slipNo = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        try {
            var outcome = payments.payByCard(member.id(), slipNo, PaymentForm.card(req));
            String query = outcome.approved() ? "?paid=1" : "?declined=" + outcome.declineCode();
            ShopRequest.redirect(req, resp, "/orders/" + slipNo + query);
        } catch (InvalidInputException e) {
            ShopRequest.keepForm(req, e);
            req.setAttribute("payAgain", Boolean.TRUE);
            resp.setStatus(422);
            req.getRequestDispatcher("/orders/" + slipNo).forward(req, resp);
        }
    }

    private static Map<String, String> defaults(MemberView m) {
        Map<String, String> form = new HashMap<>();
        form.put("recipientKind", "HOME");
        form.put("recipientName", m.name());
        form.put("recipientPhone", m.phone());
        form.put("recipientPostalCode", m.postalCode());
        form.put("recipientAddress", m.address());
        form.put("payerName", m.name());
        form.put("installmentMonths", "0");
        return form;
    }
}
