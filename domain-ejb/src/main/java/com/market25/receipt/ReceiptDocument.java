package com.market25.receipt;

import com.market25.customer.MemberCardPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A receipt as the printable page and as PDF (PAY-04), both from the same rows: Korean labels as
 * Korean receipts print them, amounts in won, the VAT split, the masked card number only. The PDF
 * embeds the Korean font of the member card and DM labels ({@link MemberCardPdf#font}); without
 * one there is no PDF (a PDF without it shows empty boxes).
 */
public final class ReceiptDocument {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final float MM = 72f / 25.4f;

    private ReceiptDocument() {
    }

    /** A label and its value; a null label is a heading. */
    record Row(String label, String value) {
    }

    static String won(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount) + "원";
    }

    static String title(Receipt r) {
        return r.kind() == ReceiptKind.CARD_SLIP ? "카드매출전표" : "현금영수증";
    }

    /** Every row both documents print, in order. */
    static List<Row> rows(Receipt r) {
        ResourceBundle labels = ResourceBundle.getBundle("com.market25.i18n.Messages", Locale.ROOT);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(null, "가맹점 정보"));
        rows.add(new Row("가맹점명", r.merchant().name()));
        rows.add(new Row("사업자등록번호", r.merchant().businessNo()));
        rows.add(new Row("대표자", r.merchant().representative()));
        rows.add(new Row("주소", r.merchant().address()));
        rows.add(new Row("전화", r.merchant().phone()));
        rows.add(new Row(null, "거래 정보"));
        rows.add(new Row("주문번호", r.slipNo()));
        rows.add(new Row("구매자", r.customerName()));
        rows.add(new Row("주문일시", at(r.orderedAt())));
        rows.add(new Row("거래일시", at(r.paidAt())));
        rows.add(new Row("결제수단", labels.getString("paymentMethod." + r.method().name())));
        if (r.kind() == ReceiptKind.CARD_SLIP) {
            rows.add(new Row("카드종류", r.cardCompany() == null ? "" : labels.getString("card." + r.cardCompany().name())));
            rows.add(new Row("카드번호", r.maskedCardNo()));
            rows.add(new Row("할부", r.lumpSum() ? "일시불" : r.installmentMonths() + "개월"));
            rows.add(new Row("승인번호", r.approvalNo()));
        } else if (r.cashReceiptRequested()) {
            rows.add(new Row("용도", r.cashPurpose() == CashReceiptPurpose.INCOME_DEDUCTION ? "소득공제" : "지출증빙"));
            rows.add(new Row("발급번호", r.cashIdentityShown()));
        } else {
            rows.add(new Row("현금영수증", "미신청"));
        }
        rows.add(new Row(null, "상품"));
        for (Receipt.Item item : r.items()) {
            rows.add(new Row(item.name() + " x " + item.quantity(), won(item.amount())));
        }
        if (r.bonusUsed() != null && r.bonusUsed().signum() > 0) {
            rows.add(new Row("보너스 사용", "-" + won(r.bonusUsed())));
        }
        rows.add(new Row(null, "금액"));
        rows.add(new Row("공급가액", won(r.amount().supply())));
        rows.add(new Row("부가세", won(r.amount().vat())));
        rows.add(new Row("합계", won(r.amount().total())));
        return rows;
    }

    private static String at(LocalDateTime t) {
        return t == null ? "" : AT.format(t);
    }

    /**
     * The page's stylesheet. Served by each web module next to the page (their content security
     * policies refuse inline styles).
     */
    public static final String CSS = "body{font-family:'Nanum Gothic','Malgun Gothic',sans-serif;max-width:420px;"
            + "margin:24px auto;color:#111}h1{font-size:20px;text-align:center;border-bottom:2px solid #111;"
            + "padding-bottom:8px}table{width:100%;border-collapse:collapse;font-size:13px}th{text-align:left;"
            + "font-weight:normal;color:#555;padding:3px 0}td{text-align:right;padding:3px 0}tr.h th{font-weight:bold;"
            + "color:#111;border-top:1px solid #999;padding-top:8px}tr.total td,tr.total th{font-weight:bold;"
            + "font-size:15px}.links,form{margin-top:16px;text-align:center}@media print{.links,form{display:none}}\n";

    /** A whole printable page (print stylesheet, no script), every value escaped. */
    public static String html(Receipt r, String cssLink, String pdfLink) {
        return html(r, cssLink, pdfLink, "");
    }

    /** As {@link #html(Receipt, String, String)}, with markup of the caller's (a form) under the receipt. */
    public static String html(Receipt r, String cssLink, String pdfLink, String trustedExtra) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"UTF-8\"><title>")
                .append(esc(title(r))).append(' ').append(esc(r.slipNo())).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(esc(cssLink)).append("\"></head><body>")
                .append("<h1 id=\"receipt-title\">").append(esc(title(r))).append("</h1><table id=\"receipt\">");
        for (Row row : rows(r)) {
            if (row.label() == null) {
                b.append("<tr class=\"h\"><th colspan=\"2\">").append(esc(row.value())).append("</th></tr>");
            } else {
                b.append(row.label().equals("합계") ? "<tr class=\"total\">" : "<tr>")
                        .append("<th>").append(esc(row.label())).append("</th><td>").append(esc(row.value()))
                        .append("</td></tr>");
            }
        }
        b.append("</table><p class=\"links\"><a id=\"receipt-pdf\" href=\"").append(esc(pdfLink))
                .append("\">PDF</a> · 인쇄: Ctrl+P</p>").append(trustedExtra).append("</body></html>");
        return b.toString();
    }

    /**
     * The receipt as PDF with the Korean font embedded.
     *
     * @throws MemberCardPdf.NoFontException when no Korean font is installed
     */
    public static byte[] pdf(Receipt r) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(title(r) + " " + r.slipNo());
            PDFont font = PDType0Font.load(doc, MemberCardPdf.font().toFile());
            List<Row> rows = rows(r);
            float width = 100 * MM;
            float height = Math.max(150 * MM, (40 + rows.size() * 6.5f) * MM);
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float left = 8 * MM;
                float right = width - 8 * MM;
                float y = height - 14 * MM;
                text(cs, font, 15, left + (right - left - font.getStringWidth(title(r)) / 1000 * 15) / 2, y, title(r));
                y -= 4 * MM;
                line(cs, left, right, y);
                y -= 6 * MM;
                for (Row row : rows) {
                    if (row.label() == null) {
                        y -= 2 * MM;
                        text(cs, font, 9.5f, left, y, row.value());
                        y -= 1.5f * MM;
                        line(cs, left, right, y);
                        y -= 4.5f * MM;
                        continue;
                    }
                    float size = row.label().equals("합계") ? 10.5f : 8.5f;
                    text(cs, font, size, left, y, fit(font, size, row.label(), (right - left) * 0.55f));
                    String value = row.value() == null ? "" : row.value();
                    float w = font.getStringWidth(value) / 1000 * size;
                    text(cs, font, size, right - w, y, value);
                    y -= 5.5f * MM;
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fit(PDFont font, float size, String s, float max) throws IOException {
        String t = s;
        while (t.length() > 1 && font.getStringWidth(t) / 1000 * size > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t.equals(s) ? s : t + "...";
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s == null ? "" : s);
        cs.endText();
    }

    private static void line(PDPageContentStream cs, float from, float to, float y) throws IOException {
        cs.setLineWidth(0.5f);
        cs.moveTo(from, y);
        cs.lineTo(to, y);
        cs.stroke();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
