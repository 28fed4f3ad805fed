package com.market25.shop.consent;

import com.market25.campaign.Unsubscribe;
import com.market25.campaign.UnsubscribeView;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * 수신거부 (MKT-05, 정보통신망법 §50): the link at the end of every campaign mail. Works without
 * signing in: GET shows what will happen and a button, POST withdraws the e-mail consent. A
 * mail program's one-click unsubscribe (RFC 8058) POSTs {@code List-Unsubscribe=One-Click} to
 * the same address, as form data or multipart. The signed token in {@code t} is the only
 * authority, so the page needs no session and no form token; anything not genuine gets 400.
 */
@WebServlet(name = "unsubscribe", urlPatterns = "/unsubscribe")
@MultipartConfig(maxFileSize = 1024, maxRequestSize = 4096, fileSizeThreshold = 4096)
public class UnsubscribeServlet extends HttpServlet {

    @EJB
    private Unsubscribe unsubscribe;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String token = req.getParameter("t");
        show(req, resp, token, unsubscribe.check(token), false);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String token = req.getParameter("t");
        boolean oneClick = "One-Click".equals(req.getParameter("List-Unsubscribe"));
        show(req, resp, token, unsubscribe.withdraw(token, oneClick), true);
    }

    private static void show(HttpServletRequest req, HttpServletResponse resp, String token,
            Optional<UnsubscribeView> view, boolean done) throws ServletException, IOException {
        resp.setHeader("Cache-Control", "no-store");
        // the token is a credential: it must not leak to other sites through the Referer header
        resp.setHeader("Referrer-Policy", "no-referrer");
        if (view.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            req.setAttribute("view", view.get());
            req.setAttribute("token", token);
            req.setAttribute("done", done);
        }
        req.setAttribute("dateTime", MyInfoServlet.DATE_TIME);
        // straight to the view: a page without a session form token (ShopRequest.render would open a session)
        req.getRequestDispatcher("/WEB-INF/views/unsubscribe.jsp").forward(req, resp);
    }
}
