package com.market25.shop.member;

import com.market25.common.InvalidInputException;
import com.market25.member.Gender;
import com.market25.member.JoinRequest;
import com.market25.member.MemberDesk;
import com.market25.member.MemberView;
import com.market25.shop.web.ShopRequest;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** 회원가입 (SHOP-04): a rejected form comes back with every problem marked and all it held. */
@WebServlet(name = "join", urlPatterns = "/join")
public class JoinServlet extends HttpServlet {

    @EJB
    private MemberDesk members;

    @jakarta.inject.Inject
    private MemberSignIn signIn;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        ShopRequest.render(req, resp, "join");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Gender gender = switch (String.valueOf(ShopRequest.param(req, "gender"))) {
            case "M" -> Gender.M;
            case "F" -> Gender.F;
            default -> null;
        };
        var request = new JoinRequest(ShopRequest.param(req, "loginId"), req.getParameter("password"),
                req.getParameter("passwordConfirm"), ShopRequest.param(req, "name"), ShopRequest.param(req, "phone"),
                ShopRequest.param(req, "email"), ShopRequest.param(req, "postalCode"),
                ShopRequest.param(req, "address"), ShopRequest.param(req, "birthDate"), gender,
                req.getParameter("consentEmail") != null, req.getParameter("consentSms") != null,
                req.getParameter("consentDm") != null, req.getParameter("consentPhone") != null,
                ShopRequest.param(req, "upperMemberLoginId"));
        try {
            MemberView member = members.join(request);
            // the new member is signed in the same way as at the sign-in page
            signIn.signIn(req, resp, member.loginId(), request.password());
            ShopRequest.redirect(req, resp, "/?joined=1");
        } catch (InvalidInputException e) {
            ShopRequest.keepForm(req, e);
            // passwords are never sent back into the page
            @SuppressWarnings("unchecked")
            Map<String, String> form = (Map<String, String>) req.getAttribute("form");
            form.remove("password");
            form.remove("passwordConfirm");
            resp.setStatus(422);
            ShopRequest.render(req, resp, "join");
        }
    }
}
