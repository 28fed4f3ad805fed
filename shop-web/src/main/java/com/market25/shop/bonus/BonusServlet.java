package com.market25.shop.bonus;

import com.market25.bonus.BonusLedger;
import com.market25.shop.web.ShopRequest;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** 회원보너스보기 (SHOP-08). */
@WebServlet(name = "bonus", urlPatterns = "/bonus")
public class BonusServlet extends HttpServlet {

    @EJB
    private BonusLedger bonus;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        var member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        req.setAttribute("statement", bonus.statement(member.get().id()));
        ShopRequest.render(req, resp, "bonus");
    }
}
