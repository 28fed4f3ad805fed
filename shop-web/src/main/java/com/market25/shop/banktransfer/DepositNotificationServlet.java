package com.market25.shop.banktransfer;

import com.market25.payment.DepositInbox;
import com.market25.payment.gateway.wire.MessageSignatures;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bank posts its deposit notifications here (PAY-03). It lives in the storefront because the
 * bank is an outside party that reaches the shop's public address, while the back office may be
 * reachable from the office network only; it needs no session and no CSRF token: the bank's
 * signature is the only credential ({@link DepositInbox}). Answers: 200 ACCEPTED or DUPLICATE
 * (the bank stops sending), 401 for a bad signature, 503 when no bank key is configured, 400 for
 * a malformed or oversized body. A body may carry up to 500 notifications (canonical messages
 * separated by an empty line, signed as a whole).
 */
@WebServlet(name = "bankDeposits", urlPatterns = "/bank/deposits")
public class DepositNotificationServlet extends HttpServlet {

    /** A bulk post of 500 notifications is about 120 KB. */
    static final int MAX_BODY = 512 * 1024;

    @EJB
    private DepositInbox inbox;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            answer(resp, 400, "TOO_LARGE");
            return;
        }
        DepositInbox.Receipt receipt = inbox.receive(body, req.getHeader(MessageSignatures.HEADER), req.getRemoteAddr());
        switch (receipt) {
            case ACCEPTED, DUPLICATE -> answer(resp, 200, receipt.name());
            case FORGED -> answer(resp, 401, receipt.name());
            case NOT_CONFIGURED -> answer(resp, 503, receipt.name());
            case MALFORMED -> answer(resp, 400, receipt.name());
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", "POST");
        answer(resp, 405, "POST_ONLY");
    }

    private static void answer(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
