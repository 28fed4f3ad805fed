package com.market25.shop.checkout;

import com.market25.payment.EwalletReturn;
import com.market25.payment.PaymentDesk;
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
 * Where the e-wallet provider sends the customer back (간편결제, PAY-01), with its signed result in
 * the query. The domain verifies the signature with the gateway's key: a genuine approval pays the
 * order (through the approvals queue), a cancel leaves it payable; a forged or altered return is
 * refused (400) and written down. Under {@code /orders/*}, so only the signed-in customer whose
 * order it is gets this far.
 */
@WebServlet(name = "ewalletReturn", urlPatterns = EwalletReturnServlet.PATH)
public class EwalletReturnServlet extends HttpServlet {

    static final String PATH = "/orders/ewallet-return";
    private static final int MAX_PARAMETERS = 20;
    private static final int MAX_VALUE = 300;

    @EJB
    private PaymentDesk payments;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        var member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        boolean oversized = req.getParameterMap().size() > MAX_PARAMETERS;
        for (var e : req.getParameterMap().entrySet()) {
            String value = e.getValue().length == 0 ? "" : e.getValue()[0];
            oversized |= value.length() > MAX_VALUE || e.getValue().length > 1;
            parameters.put(e.getKey(), value);
        }
        EwalletReturn result = oversized ? new EwalletReturn(null, null, true)
                : payments.ewalletReturn(member.get().id(), parameters);
        if (result.refused()) {
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            req.setAttribute("slipNo", result.slipNo());
            ShopRequest.render(req, resp, "ewallet-refused");
            return;
        }
        ShopRequest.redirect(req, resp, PaymentForm.orderPage(result.slipNo(), result.outcome()));
    }

    /** The absolute URL the provider sends the customer back to, on the host the customer used. */
    static String returnUrl(HttpServletRequest req) {
        String host = req.getServerName();
        int port = req.getServerPort();
        boolean defaultPort = ("http".equals(req.getScheme()) && port == 80) || ("https".equals(req.getScheme()) && port == 443);
        return req.getScheme() + "://" + host + (defaultPort ? "" : ":" + port) + req.getContextPath() + PATH;
    }
}
