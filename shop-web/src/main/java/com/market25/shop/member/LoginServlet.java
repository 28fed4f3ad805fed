package com.market25.shop.member;

import com.market25.member.MemberDesk;
import com.market25.shop.web.ShopRequest;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** Sign in and out. The session id changes at sign-in; the guest cart stays with the member. */
@WebServlet(name = "login", urlPatterns = {"/login", "/logout"})
public class LoginServlet extends HttpServlet {

    @EJB
    private MemberDesk members;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (req.getServletPath().equals("/logout")) {
            ShopRequest.render(req, resp, "logout");
            return;
        }
        req.setAttribute("next", safeNext(req.getParameter("next")));
        ShopRequest.render(req, resp, "login");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (req.getServletPath().equals("/logout")) {
            req.getSession().invalidate();
            ShopRequest.redirect(req, resp, "/");
            return;
        }
        String next = safeNext(req.getParameter("next"));
        var member = members.authenticate(ShopRequest.param(req, "loginId"), req.getParameter("password"));
        if (member.isEmpty()) {
            req.setAttribute("errors", Map.of("loginId", "error.login"));
            req.setAttribute("form", Map.of("loginId", String.valueOf(ShopRequest.param(req, "loginId"))));
            req.setAttribute("next", next);
            resp.setStatus(401);
            ShopRequest.render(req, resp, "login");
            return;
        }
        req.changeSessionId();
        req.getSession().setAttribute(ShopRequest.MEMBER, member.get());
        ShopRequest.redirect(req, resp, next);
    }

    /** Only paths inside the shop, so a crafted link cannot send a customer elsewhere. */
    private static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") ? next : "/";
    }
}
