package com.market25.delivery;

import com.market25.customer.MemberCardPdf;
import com.market25.ordering.DeliveryTarget;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The delivery target list (배송대상 목록) printed: A4 landscape, one row per slip with recipient,
 * address and items, a header on every page. Korean needs the embedded font of the member card
 * ({@link MemberCardPdf#font}); without one no list is made.
 */
final class DeliveryListPdf {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 10 * MM;
    private static final float ROW = 9 * MM;
    private static final float SIZE = 7.5f;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Column titles and widths in mm (277 mm usable). */
    private static final String[] TITLES = {"No", "전표번호", "입금일시", "수령인", "연락처", "우편번호", "주소", "상품",
        "수량", "배송 메모"};
    private static final float[] WIDTHS = {10, 22, 27, 20, 27, 14, 75, 45, 10, 27};

    private DeliveryListPdf() {
    }

    static byte[] render(String title, String subtitle, List<DeliveryTarget> rows, long total) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(title);
            PDFont font = PDType0Font.load(doc, MemberCardPdf.font().toFile());
            int perPage = (int) ((PAGE.getHeight() - 2 * MARGIN - 22 * MM) / ROW);
            int pages = Math.max(1, (rows.size() + perPage - 1) / perPage);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float top = PAGE.getHeight() - MARGIN;
                    text(cs, font, 13, MARGIN, top - 5 * MM, title);
                    text(cs, font, 8, MARGIN, top - 10 * MM, subtitle + "   (" + total + "건"
                            + (total > rows.size() ? ", 앞 " + rows.size() + "건 인쇄" : "") + ")   "
                            + (p + 1) + " / " + pages);
                    float y = top - 18 * MM;
                    row(cs, font, y, TITLES, true);
                    for (int i = p * perPage; i < Math.min(rows.size(), (p + 1) * perPage); i++) {
                        y -= ROW;
                        row(cs, font, y, cells(i + 1, rows.get(i)), false);
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] cells(int no, DeliveryTarget t) {
        String items = nz(t.firstItem()) + (t.otherLines() > 0 ? " 외 " + t.otherLines() + "건" : "");
        return new String[] {Integer.toString(no), t.slipNo(), t.paidAt() == null ? "" : t.paidAt().format(MINUTE),
            nz(t.recipientName()), nz(t.recipientPhone()), nz(t.postalCode()), nz(t.address()), items,
            Integer.toString(t.quantity()), nz(t.deliveryNote())};
    }

    private static void row(PDPageContentStream cs, PDFont font, float y, String[] cells, boolean header)
            throws IOException {
        float x = MARGIN;
        cs.setLineWidth(header ? 0.8f : 0.3f);
        cs.setStrokingColor(0.5f);
        cs.moveTo(MARGIN, y - 2.5f * MM);
        cs.lineTo(PAGE.getWidth() - MARGIN, y - 2.5f * MM);
        cs.stroke();
        for (int i = 0; i < cells.length; i++) {
            float width = WIDTHS[i] * MM - 1.5f * MM;
            text(cs, font, SIZE, x, y, fit(font, cells[i], width));
            x += WIDTHS[i] * MM;
        }
    }

    /** Cut to the column's width with …, at most one line per cell so rows stay aligned. */
    private static String fit(PDFont font, String text, float width) throws IOException {
        String s = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        if (font.getStringWidth(s) / 1000f * SIZE <= width) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (font.getStringWidth(s.substring(0, mid) + "…") / 1000f * SIZE <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return s.substring(0, lo) + "…";
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(0f);
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
