package com.market25.shop.consent;

import com.market25.campaign.channel.MailTracking;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * The links in campaign mail (MKT-07): {@code /mail/open} is the 1×1 picture at the end of a mail
 * (an open is counted when a mail program shows it), {@code /mail/click} counts a click and sends
 * the reader on to the address the link was signed for. A link whose signature does not fit gets
 * 400 and a page saying so: the shop never forwards anyone to an address it did not sign. The
 * picture is answered in every case, so a mail never shows a broken image.
 */
@WebServlet(name = "mailTracking", urlPatterns = {"/mail/open", "/mail/click"})
public class MailTrackingServlet extends HttpServlet {

    /** A transparent 1×1 GIF. */
    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    @EJB
    private MailTracking tracking;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Referrer-Policy", "no-referrer");
        if ("/mail/open".equals(req.getServletPath())) {
            tracking.opened(req.getParameter("m"), req.getParameter("s"));
            resp.setContentType("image/gif");
            resp.setContentLength(PIXEL.length);
            resp.getOutputStream().write(PIXEL);
            return;
        }
        Optional<String> target = tracking.clicked(req.getParameter("m"), req.getParameter("u"), req.getParameter("s"));
        if (target.isPresent()) {
            resp.setStatus(HttpServletResponse.SC_FOUND);
            resp.setHeader("Location", target.get());
            return;
        }
        resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        req.setAttribute("titleKey", "mailLink.title");
        req.getRequestDispatcher("/WEB-INF/views/maillink.jsp").forward(req, resp);
    }
}
