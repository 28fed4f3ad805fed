package com.market25.admin.receipt;

import com.market25.common.InvalidInputException;
import com.market25.receipt.Receipt;
import com.market25.receipt.ReceiptDesk;
import com.market25.receipt.ReceiptDocument;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * 영수증 for staff (PAY-04), linked from the slip detail: {@code /receipts/{slip}} the printable
 * page, {@code /receipts/{slip}/pdf} the PDF. web.xml lets 주문관리, 운영자 and 조회전용 open it;
 * {@link ReceiptDesk} checks the roles again.
 */
@WebServlet(name = "staffReceipt", urlPatterns = "/receipts/*")
public class ReceiptServlet extends HttpServlet {

    @EJB
    private ReceiptDesk receipts;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (path.equals("receipt.css")) {
            resp.setContentType("text/css; charset=UTF-8");
            resp.getOutputStream().write(ReceiptDocument.CSS.getBytes(StandardCharsets.UTF_8));
            return;
        }
        boolean pdf = path.endsWith("/pdf");
        String slipNo = pdf ? path.substring(0, path.length() - 4) : path;
        if (!slipNo.matches("\\d{10}")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Receipt> receipt;
        try {
            receipt = receipts.forStaff(slipNo);
        } catch (InvalidInputException e) {
            refuse(resp, e);
            return;
        }
        if (receipt.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setHeader("Cache-Control", "no-store");
        if (pdf) {
            byte[] bytes;
            try {
                bytes = receipts.pdf(receipt.get());
            } catch (InvalidInputException e) {
                refuse(resp, e);
                return;
            }
            resp.setContentType("application/pdf");
            resp.setHeader("Content-Disposition", "inline; filename=\"receipt-" + slipNo + ".pdf\"");
            resp.getOutputStream().write(bytes);
            return;
        }
        resp.setContentType("text/html; charset=UTF-8");
        resp.getOutputStream().write(ReceiptDocument.html(receipt.get(), req.getContextPath() + "/receipts/receipt.css",
                req.getContextPath() + "/receipts/" + slipNo + "/pdf").getBytes(StandardCharsets.UTF_8));
    }

    /** A receipt that cannot be made (unpaid order, no font, no merchant data): 409 with the Korean reason. */
    private static void refuse(HttpServletResponse resp, InvalidInputException e) throws IOException {
        String key = e.fieldErrors().values().iterator().next();
        resp.setStatus(HttpServletResponse.SC_CONFLICT);
        resp.setContentType("text/plain; charset=UTF-8");
        resp.getOutputStream().write(com.market25.admin.i18n.Texts.domain(key).getBytes(StandardCharsets.UTF_8));
    }
}
