package com.market25.shop.orders;

import com.market25.aftersales.AfterSalesDesk;
import com.market25.aftersales.ClaimKind;
import com.market25.aftersales.ClaimReason;
import com.market25.common.InvalidInputException;
import com.market25.payment.BankAccount;
import com.market25.shop.web.ShopRequest;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * SHOP-07 after-sales from the order page: cancel chosen items before shipment ({@code action=cancel};
 * a paid order is refunded at once), or ask to return or exchange them after delivery
 * ({@code action=RETURN|EXCHANGE}). The form's one-time key makes a double click ask once. A
 * refused request comes back on the order page (422 or 409) with what was typed.
 */
@WebServlet(name = "orderClaim", urlPatterns = "/orders/claim/*")
public class OrderClaimServlet extends HttpServlet {

    @EJB
    private AfterSalesDesk afterSales;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        var member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        String slipNo = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Set<Integer> lines = new TreeSet<>();
        String[] chosen = req.getParameterValues("line");
        if (chosen != null) {
            for (String l : chosen) {
                try {
                    lines.add(Integer.parseInt(l.trim()));
                } catch (NumberFormatException e) {
                    lines.add(-1);
                }
            }
        }
        String key = ShopRequest.param(req, "requestKey");
        String action = ShopRequest.param(req, "action");
        try {
            if ("cancel".equals(action)) {
                afterSales.cancelByCustomer(member.get().id(), member.get().loginId(), slipNo, lines,
                        BankAccount.of(req.getParameter("accountBank"), req.getParameter("accountNumber"),
                                req.getParameter("accountHolder")), key);
            } else {
                afterSales.requestByCustomer(member.get().id(), member.get().loginId(), slipNo, kind(action), lines,
                        reason(ShopRequest.param(req, "reason")), ShopRequest.param(req, "reasonText"),
                        BankAccount.of(req.getParameter("accountBank"), req.getParameter("accountNumber"),
                                req.getParameter("accountHolder")), key);
            }
            ShopRequest.redirect(req, resp, "/orders/" + slipNo + "?claimed=1");
        } catch (InvalidInputException e) {
            if ("error.orderUnknown".equals(e.fieldErrors().get("slipNo"))) {
                resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
                ShopRequest.render(req, resp, "notfound");
                return;
            }
            ShopRequest.keepForm(req, e);
            if (req.getAttribute("form") instanceof java.util.Map<?, ?> typed) {
                // the page's pay-again form (an unpaid order) keeps a key of its own
                @SuppressWarnings("unchecked")
                java.util.Map<String, String> fields = (java.util.Map<String, String>) typed;
                fields.put("requestKey", com.market25.ordering.FormKey.newKey());
            }
            String field = e.fieldErrors().keySet().iterator().next();
            req.setAttribute("claimError", e.fieldErrors().get(field));
            Object[] args = e.arguments(field);
            req.setAttribute("claimErrorArg", args == null || args.length == 0 ? "" : String.valueOf(args[0]));
            if (!e.fieldErrors().containsKey("requestKey")) {
                req.setAttribute("claimKey", key);
            }
            resp.setStatus(e.fieldErrors().containsKey("slipNo") || e.fieldErrors().containsKey("lines") ? 409 : 422);
            req.getRequestDispatcher("/orders/" + slipNo).forward(req, resp);
        }
    }

    private static ClaimKind kind(String action) {
        return "EXCHANGE".equals(action) ? ClaimKind.EXCHANGE : "RETURN".equals(action) ? ClaimKind.RETURN : null;
    }

    private static ClaimReason reason(String name) {
        try {
            return name == null ? null : ClaimReason.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
