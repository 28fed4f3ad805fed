package com.market25.shop.member;

import com.market25.signin.SignInOutcome;
import com.market25.shop.web.ShopRequest;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Sign in and out through Jakarta Security. A refused sign-in answers 401 with the same page for
 * an unknown id and a wrong password; a locked account or a throttled address says so. The session
 * id changes at sign-in and the guest cart stays with the member.
 */
@WebServlet(name = "login", urlPatterns = {"/login", "/logout"})
public class LoginServlet extends HttpServlet {

    @Inject
    private MemberSignIn attempt;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (req.getServletPath().equals("/logout")) {
            ShopRequest.render(req, resp, "logout");
            return;
        }
        req.setAttribute("next", SafeNext.of(req.getParameter("next")));
        ShopRequest.render(req, resp, "login");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (req.getServletPath().equals("/logout")) {
            req.logout();
            var session = req.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            ShopRequest.redirect(req, resp, "/");
            return;
        }
        String next = SafeNext.of(req.getParameter("next"));
        String loginId = ShopRequest.param(req, "loginId");
        String password = req.getParameter("password");
        if (attempt.signIn(req, resp, loginId, password)) {
            ShopRequest.redirect(req, resp, next);
            return;
        }
        req.setAttribute("errors", Map.of("loginId", attempt.outcome().messageKey()));
        req.setAttribute("form", Map.of("loginId", loginId == null ? "" : loginId));
        req.setAttribute("next", next);
        resp.setStatus(attempt.outcome() == SignInOutcome.THROTTLED ? 429 : HttpServletResponse.SC_UNAUTHORIZED);
        ShopRequest.render(req, resp, "login");
    }
}
