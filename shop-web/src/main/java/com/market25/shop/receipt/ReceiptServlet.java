package com.market25.shop.receipt;

import com.market25.common.InvalidInputException;
import com.market25.receipt.CashReceiptPurpose;
import com.market25.receipt.Receipt;
import com.market25.receipt.ReceiptDesk;
import com.market25.receipt.ReceiptDocument;
import com.market25.receipt.ReceiptKind;
import com.market25.shop.web.CsrfFilter;
import com.market25.shop.web.ShopRequest;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * 영수증 of the member's own paid order (PAY-04, SHOP-07), linked from 주문조회: {@code /receipts/{slip}}
 * printable, {@code /receipts/{slip}/pdf}, and for an order paid otherwise than by card the
 * 현금영수증 request ({@code POST /receipts/{slip}/cash}: purpose and a mobile or business number).
 * Another member's slip number answers 404, as an unknown one does.
 */
@WebServlet(name = "receipts", urlPatterns = "/receipts/*")
public class ReceiptServlet extends HttpServlet {

    @EJB
    private ReceiptDesk receipts;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (path.equals("receipt.css")) {
            resp.setContentType("text/css; charset=UTF-8");
            resp.getOutputStream().write(ReceiptDocument.CSS.getBytes(StandardCharsets.UTF_8));
            return;
        }
        var member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        boolean pdf = path.endsWith("/pdf");
        String slipNo = pdf ? path.substring(0, path.length() - 4) : path;
        Optional<Receipt> receipt = Optional.empty();
        if (slipNo.matches("\\d{10}")) {
            try {
                receipt = receipts.forCustomer(member.get().id(), slipNo);
            } catch (InvalidInputException e) {
                refuse(req, resp, e, slipNo);
                return;
            }
        }
        if (receipt.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            ShopRequest.render(req, resp, "notfound");
            return;
        }
        resp.setHeader("Cache-Control", "no-store");
        if (pdf) {
            byte[] bytes;
            try {
                bytes = receipts.pdf(receipt.get());
            } catch (InvalidInputException e) {
                refuse(req, resp, e, slipNo);
                return;
            }
            resp.setContentType("application/pdf");
            resp.setHeader("Content-Disposition", "inline; filename=\"receipt-" + slipNo + ".pdf\"");
            resp.getOutputStream().write(bytes);
            return;
        }
        String ctx = req.getContextPath();
        String extra = receipt.get().kind() == ReceiptKind.CASH_RECEIPT ? cashForm(req, ctx, slipNo) : "";
        resp.setContentType("text/html; charset=UTF-8");
        resp.getOutputStream().write(ReceiptDocument.html(receipt.get(), ctx + "/receipts/receipt.css",
                ctx + "/receipts/" + slipNo + "/pdf", extra).getBytes(StandardCharsets.UTF_8));
    }

    /** 현금영수증 신청: purpose and identity; a refusal answers the reason, the page is one click back. */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        var member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (!path.matches("\\d{10}/cash")) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            ShopRequest.render(req, resp, "notfound");
            return;
        }
        String slipNo = path.substring(0, 10);
        CashReceiptPurpose purpose = null;
        try {
            purpose = CashReceiptPurpose.valueOf(String.valueOf(req.getParameter("purpose")));
        } catch (IllegalArgumentException e) {
            // null: the desk names the missing purpose
        }
        try {
            receipts.requestCashReceipt(member.get().id(), member.get().loginId(), slipNo, purpose,
                    req.getParameter("identity"));
        } catch (InvalidInputException e) {
            refuse(req, resp, e, slipNo);
            return;
        }
        ShopRequest.redirect(req, resp, "/receipts/" + slipNo);
    }

    private static String cashForm(HttpServletRequest req, String ctx, String slipNo) {
        String token = CsrfFilter.tokenFor(req.getSession());
        return "<form method=\"post\" action=\"" + ctx + "/receipts/" + slipNo + "/cash\" id=\"cash-receipt-form\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"" + token + "\">"
                + "<label><input type=\"radio\" name=\"purpose\" value=\"INCOME_DEDUCTION\" checked> 소득공제</label> "
                + "<label><input type=\"radio\" name=\"purpose\" value=\"EXPENSE_PROOF\"> 지출증빙</label><br>"
                + "<input type=\"text\" name=\"identity\" maxlength=\"20\" placeholder=\"휴대폰 번호 또는 사업자등록번호\">"
                + " <button type=\"submit\">현금영수증 신청</button></form>";
    }

    private static void refuse(HttpServletRequest req, HttpServletResponse resp, InvalidInputException e,
            String slipNo) throws IOException {
        ResourceBundle messages = ResourceBundle.getBundle("com.market25.i18n.Messages",
                Boolean.TRUE.equals(req.getAttribute("english")) ? Locale.ENGLISH : Locale.KOREAN);
        String key = e.fieldErrors().values().iterator().next();
        resp.setStatus(HttpServletResponse.SC_CONFLICT);
        resp.setContentType("text/plain; charset=UTF-8");
        String text = messages.containsKey(key) ? MessageFormat.format(messages.getString(key), new Object[0]) : key;
        resp.getOutputStream().write((text + "\n" + req.getContextPath() + "/orders/" + slipNo)
                .getBytes(StandardCharsets.UTF_8));
    }
}
