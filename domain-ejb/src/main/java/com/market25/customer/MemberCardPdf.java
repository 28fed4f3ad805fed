package com.market25.customer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printable member card (MEM-01): one page the size of a credit card (ISO/IEC 7810 ID-1,
 * 85.60 × 53.98 mm) with the shop's name, the customer's name, member number, card number and
 * the card number as a Code 128 barcode drawn as vector bars (sharp on any printer). Korean needs
 * an embedded font: a PDF without one shows empty boxes, so the card refuses to print without it.
 */
public final class MemberCardPdf {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle CARD = new PDRectangle(85.60f * MM, 53.98f * MM);
    /** Looked for in this order; MARKET25_CARD_FONT names another TrueType font. */
    private static final List<String> FONTS = List.of(
            "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
            "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf",
            "/usr/share/fonts/truetype/nanum/NanumSquareR.ttf");

    /** The card needs a Korean font and none is installed. */
    public static final class NoFontException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoFontException(String message) {
            super(message);
        }
    }

    private MemberCardPdf() {
    }

    /**
     * The font file the cards use, or NoFontException naming where it was looked for; also the
     * font of DM address labels (campaign.channel.AddressLabelSheet).
     */
    public static Path font() {
        String configured = System.getenv("MARKET25_CARD_FONT");
        if (configured != null && !configured.isBlank() && Files.isReadable(Path.of(configured))) {
            return Path.of(configured);
        }
        return FONTS.stream().map(Path::of).filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new NoFontException("no Korean TrueType font: install fonts-nanum or set"
                        + " MARKET25_CARD_FONT (looked for " + FONTS + ")"));
    }

    public static byte[] render(String shopName, String customerName, String memberNo, String cardNo,
            LocalDate issuedOn) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(shopName + " 회원카드 " + memberNo);
            PDFont font = PDType0Font.load(doc, font().toFile());
            PDPage page = new PDPage(CARD);
            doc.addPage(page);
            float w = CARD.getWidth();
            float h = CARD.getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // a coloured band with the shop's name
                cs.setNonStrokingColor(0.10f, 0.32f, 0.62f);
                cs.addRect(0, h - 12 * MM, w, 12 * MM);
                cs.fill();
                text(cs, font, 11, 1f, 5 * MM, h - 8 * MM, shopName + " 회원카드 MEMBERSHIP");
                text(cs, font, 12, 0f, 5 * MM, h - 19 * MM, customerName);
                text(cs, font, 7, 0f, 5 * MM, h - 24 * MM, "회원번호 " + memberNo + "   발급일 " + issuedOn);
                // 10 mm each side: the quiet zone Code 128 needs (ten modules) at this module width
                bars(cs, cardNo, 10 * MM, 9 * MM, w - 20 * MM, 11 * MM);
                text(cs, font, 8, 0f, 5 * MM, 4.5f * MM, MemberCardNumber.grouped(cardNo));
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float gray, float x, float y,
            String text) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(gray);
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** Code 128 from ZXing's encoder, one filled rectangle per run of dark modules. */
    private static void bars(PDPageContentStream cs, String content, float x, float y, float width, float height)
            throws IOException {
        BitMatrix matrix = new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 1);
        int modules = matrix.getWidth();
        float module = width / modules;
        cs.setNonStrokingColor(0f);
        int run = -1;
        for (int i = 0; i <= modules; i++) {
            boolean dark = i < modules && matrix.get(i, 0);
            if (dark && run < 0) {
                run = i;
            } else if (!dark && run >= 0) {
                cs.addRect(x + run * module, y, (i - run) * module, height);
                run = -1;
            }
        }
        cs.fill();
    }
}
