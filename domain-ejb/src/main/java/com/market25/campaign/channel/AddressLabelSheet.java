package com.market25.campaign.channel;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.market25.customer.MemberCardPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DM address labels as PDF (MKT-06): {@link LabelLayout} sheets, each label with the postal code,
 * the address (two lines at most, broken at spaces where it can), the name with 님, and the
 * member number as a Code 128 barcode drawn as vector bars, with the number under it, so a
 * returned letter is scanned straight into the returned-mail page (MEM-04). The Korean font is
 * embedded (the member card's, {@link MemberCardPdf#font}); without one no sheet is made.
 * Print at 100 % ("actual size"), not "fit to page".
 */
public final class AddressLabelSheet {

    static final float MM = 72f / 25.4f;
    private static final float PADDING = 6f;
    private static final float ADDRESS_SIZE = 9f;
    private static final float NAME_SIZE = 12f;
    /** Code 128 needs ten modules of white either side; 3.5 mm is that at this module width. */
    private static final float BARCODE_WIDTH = 40f;
    private static final float BARCODE_HEIGHT = 8f;

    private AddressLabelSheet() {
    }

    /** The sheets for these labels, in order; no labels gives one empty sheet. */
    public static byte[] render(String title, List<AddressLabel> labels) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(title);
            PDFont font = PDType0Font.load(doc, MemberCardPdf.font().toFile());
            int pages = Math.max(1, LabelLayout.pages(labels.size()));
            List<PDPage> sheets = new ArrayList<>();
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                sheets.add(page);
            }
            for (int p = 0; p < pages; p++) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, sheets.get(p))) {
                    for (int i = p * LabelLayout.PER_PAGE; i < Math.min(labels.size(), (p + 1) * LabelLayout.PER_PAGE); i++) {
                        label(cs, font, LabelLayout.slot(i), labels.get(i));
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void label(PDPageContentStream cs, PDFont font, LabelLayout.Slot slot, AddressLabel label)
            throws IOException {
        float left = (float) slot.x() + PADDING;
        // PDF measures from the bottom edge
        float top = (float) (LabelLayout.PAGE_HEIGHT - slot.top());
        float bottom = top - (float) LabelLayout.LABEL_HEIGHT;
        float width = (float) LabelLayout.LABEL_WIDTH - 2 * PADDING;
        text(cs, font, ADDRESS_SIZE, left, top - 8f, "(우) " + nz(label.postalCode()));
        List<String> lines = wrap(font, ADDRESS_SIZE, nz(label.address()), width * MM, 2);
        for (int i = 0; i < lines.size(); i++) {
            text(cs, font, ADDRESS_SIZE, left, top - 13f - 4.2f * i, lines.get(i));
        }
        String name = nz(label.name()) + " 님";
        float nameWidth = (float) LabelLayout.LABEL_WIDTH - 2 * PADDING - BARCODE_WIDTH - 4f;
        text(cs, font, NAME_SIZE, left, bottom + 7f, fit(font, NAME_SIZE, name, nameWidth * MM));
        float barLeft = (float) (slot.x() + LabelLayout.LABEL_WIDTH) - PADDING - BARCODE_WIDTH;
        bars(cs, label.memberNo(), barLeft, bottom + 7f, BARCODE_WIDTH, BARCODE_HEIGHT);
        text(cs, font, 6.5f, barLeft + 3.5f, bottom + 3.8f, label.memberNo());
    }

    /** Breaks text into lines no wider than {@code width} points, at spaces where possible. */
    static List<String> wrap(PDFont font, float size, String text, float width, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (lines.size() == maxLines - 1 || width(font, size, rest) <= width) {
                lines.add(fit(font, size, rest, width));
                break;
            }
            int cut = rest.length();
            while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                cut--;
            }
            int space = rest.lastIndexOf(' ', cut);
            int end = space > cut / 2 ? space : cut;
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return lines;
    }

    /** The text, shortened with … where it is wider than the label allows. */
    static String fit(PDFont font, float size, String text, float width) throws IOException {
        if (width(font, size, text) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && width(font, size, s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float xMm, float yMm, String text)
            throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(0f);
        cs.setFont(font, size);
        cs.newLineAtOffset(xMm * MM, yMm * MM);
        cs.showText(text);
        cs.endText();
    }

    /** Code 128 from ZXing's encoder, one filled rectangle per run of dark modules. */
    private static void bars(PDPageContentStream cs, String content, float xMm, float yMm, float widthMm, float heightMm)
            throws IOException {
        BitMatrix matrix = new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 1);
        int modules = matrix.getWidth();
        float module = widthMm * MM / modules;
        cs.setNonStrokingColor(0f);
        int run = -1;
        for (int i = 0; i <= modules; i++) {
            boolean dark = i < modules && matrix.get(i, 0);
            if (dark && run < 0) {
                run = i;
            } else if (!dark && run >= 0) {
                cs.addRect(xMm * MM + run * module, yMm * MM, (i - run) * module, heightMm * MM);
                run = -1;
            }
        }
        cs.fill();
    }

    private static String nz(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ').strip();
    }
}
