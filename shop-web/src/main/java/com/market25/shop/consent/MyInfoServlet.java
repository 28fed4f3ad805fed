package com.market25.shop.consent;

import com.market25.common.InvalidInputException;
import com.market25.member.ConsentChannel;
import com.market25.member.ConsentChoices;
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
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * 내 정보 (MEM-06): the signed-in member sees their details and changes each advertising
 * consent (e-mail, SMS, DM, phone), with the date and source of every change.
 */
@WebServlet(name = "me", urlPatterns = "/me")
public class MyInfoServlet extends HttpServlet {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private MemberDesk members;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Optional<MemberView> member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        show(req, resp, member.get());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Optional<MemberView> member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        ConsentChoices choices = new ConsentChoices(ticked(req, ConsentChannel.EMAIL), ticked(req, ConsentChannel.SMS),
                ticked(req, ConsentChannel.DM), ticked(req, ConsentChannel.PHONE));
        try {
            members.changeConsents(member.get().id(), choices);
        } catch (InvalidInputException e) {
            req.setAttribute("errors", e.fieldErrors());
            resp.setStatus(422);
            show(req, resp, member.get());
            return;
        }
        ShopRequest.redirect(req, resp, "/me?saved=1");
    }

    private void show(HttpServletRequest req, HttpServletResponse resp, MemberView member)
            throws ServletException, IOException {
        // personal data: never kept by a browser or a proxy
        resp.setHeader("Cache-Control", "no-store");
        try {
            req.setAttribute("statement", members.consents(member.id()));
        } catch (InvalidInputException e) {
            req.setAttribute("errors", e.fieldErrors());
        }
        req.setAttribute("dateTime", DATE_TIME);
        ShopRequest.render(req, resp, "me");
    }

    /** The form names each checkbox after the channel: consentEMAIL, consentSMS, … */
    private static boolean ticked(HttpServletRequest req, ConsentChannel channel) {
        return req.getParameter("consent" + channel.name()) != null;
    }
}
