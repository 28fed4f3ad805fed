package com.market25.shop.orders;

import com.market25.ordering.FormKey;
import com.market25.ordering.OrderDesk;
import com.market25.payment.DeclineCategory;
import com.market25.payment.PaymentDesk;
import com.market25.payment.PaymentStatus;
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
 * 주문내역 (SHOP-07): the member's orders and one order as the seed's detail screen shows it,
 * with its payment deadline, pay again and cancel while it is unpaid.
 */
@WebServlet(name = "orders", urlPatterns = {"/orders", "/orders/*"})
public class OrdersServlet extends HttpServlet {

    @EJB
    private OrderDesk orders;

    @EJB
    private PaymentDesk payments;

    @EJB
    private com.market25.delivery.DeliveryDesk delivery;

    @EJB
    private com.market25.payment.BankTransferDesk bankTransfers;

    @EJB
    private com.market25.aftersales.AfterSalesDesk afterSales;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        var member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        String slipNo = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (slipNo.isEmpty()) {
            req.setAttribute("orders", orders.ordersOf(member.get().id()));
            ShopRequest.render(req, resp, "orders");
            return;
        }
        var detail = orders.detailFor(member.get().id(), slipNo);
        if (detail.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            ShopRequest.render(req, resp, "notfound");
            return;
        }
        var paymentList = payments.paymentsOf(slipNo);
        req.setAttribute("order", detail.get());
        req.setAttribute("payments", paymentList);
        // 종적조회 (SHOP-07): the customer's own order only, checked again by the delivery desk
        delivery.trackingFor(member.get().id(), slipNo).ifPresent(t -> req.setAttribute("tracking", t));
        bankTransfers.virtualAccountOf(slipNo).ifPresent(a -> req.setAttribute("virtualAccount", a));
        // an approval is on the queue: the page refreshes itself until the order shows 입금완료
        req.setAttribute("completing", paymentList.stream().anyMatch(p -> p.status() == PaymentStatus.AUTHORIZED));
        // an outcome is being confirmed with the gateway: refreshes more slowly
        req.setAttribute("confirming", paymentList.stream().anyMatch(p -> p.status() == PaymentStatus.REQUESTED
                || p.status() == PaymentStatus.CANCELLING));
        DeclineCategory declined = category(req.getParameter("declined"));
        if (declined != null) {
            req.setAttribute("declineKey", declined.labelKey());
        }
        if (detail.get().payable() && req.getAttribute("form") == null) {
            Map<String, String> form = new HashMap<>();
            form.put("payerName", member.get().name());
            form.put("installmentMonths", "0");
            form.put("requestKey", FormKey.newKey());
            form.put("paymentMethod", "CARD");
            form.put("depositorName", member.get().name());
            req.setAttribute("form", form);
        }
        if (detail.get().payable()) {
            req.setAttribute("depositDays", com.market25.ordering.UnpaidOrderPolicy.bankTransferDeadline().toDays());
        }
        // after-sales (SHOP-07): items with their states, cancel / return / exchange, refunds
        afterSales.orderFor(member.get().id(), slipNo).ifPresent(a -> req.setAttribute("afterSales", a));
        if (req.getAttribute("claimKey") == null) {
            req.setAttribute("claimKey", FormKey.newKey());
        }
        ShopRequest.render(req, resp, "order");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        // a refused pay-again or cancel is forwarded here to be shown again
        doGet(req, resp);
    }

    private static DeclineCategory category(String name) {
        if (name == null) {
            return null;
        }
        try {
            return DeclineCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
