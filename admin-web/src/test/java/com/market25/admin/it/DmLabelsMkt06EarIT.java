package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * 우편 DM (MKT-06): a batch's address labels are A4 sheets of 14 labels with the Korean font
 * embedded (the text extracts as Korean), the postal code, and the member number as a Code 128
 * barcode that reads back; only customers with DM consent and an address get one; marking the
 * batch as sent writes a DM line in each one's contact history, once.
 */
class DmLabelsMkt06EarIT {

    @Test
    void fifteenCustomersMakeTwoSheetsOfLabelsWithKoreanTextAndBarcodes() throws Exception {
        MarketingApi api = new MarketingApi();
        ChannelFixture f = new ChannelFixture();
        List<ChannelFixture.Customer> labelled = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            var c = f.customer("라벨고객" + i, "010-2345-67" + String.format("%02d", i), "0" + (4520 + i),
                    "서울특별시 중구 세종대로 " + (100 + i) + " 라벨빌딩 " + i + "층", false, true, false);
            labelled.add(c);
            ids.add(c.id());
        }
        var noConsent = f.customer("동의없음", "010-2345-0000", "06236", "서울특별시 강남구", false, false, false);
        var noAddress = f.customer("주소없음", "010-2345-0001", "", "", false, true, false);
        ids.add(noConsent.id());
        ids.add(noAddress.id());

        var created = api.postJson("dm/batches", "{\"name\":\"DM IT " + f.tag + "\",\"requestKey\":\"" + f.tag
                + "\",\"customers\":" + ids + "}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject result = MarketingApi.object(created.body());
        long batchId = result.getJsonNumber("id").longValue();
        assertEquals(15, result.getJsonObject("counts").getInt("QUEUED"));
        assertEquals("NO_CONSENT", result.getJsonObject("outcomes").getString(String.valueOf(noConsent.id())));
        assertEquals("NO_CONTACT", result.getJsonObject("outcomes").getString(String.valueOf(noAddress.id())));

        byte[] pdf = download(api, "dm/batches/" + batchId + "/labels.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages(), "14 labels on the first sheet, the 15th on the second");
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the Korean font is embedded");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            for (int i = 1; i <= 14; i++) {
                assertTrue(first.contains("라벨고객" + i + " 님"), "label " + i + " on sheet 1:\n" + first);
                assertTrue(first.contains(labelled.get(i - 1).memberNo()), "member number " + i);
            }
            assertTrue(first.contains("(우) 04521") && first.contains("서울특별시 중구 세종대로 101"), first);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(doc);
            assertTrue(second.contains("라벨고객15 님") && !second.contains("라벨고객14 님"), second);
            assertTrue(!first.contains("동의없음") && !first.contains("주소없음"));

            // the first label's barcode, read from the printed page: its right half, top row
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
            double px = 300 / 25.4;
            BufferedImage label = page.getSubimage((int) (55 * px), (int) (15.15 * px), (int) (48 * px), (int) (38.1 * px));
            int[] pixels = label.getRGB(0, 0, label.getWidth(), label.getHeight(), null, 0, label.getWidth());
            Result read = new Code128Reader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(label.getWidth(), label.getHeight(), pixels))));
            assertEquals(labelled.get(0).memberNo(), read.getText(), "the Code 128 barcode carries the member number");
        }

        var sent = api.post("dm/batches/" + batchId + "/sent", "application/json", "");
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals(15, MarketingApi.object(sent.body()).getInt("contacts"));
        assertEquals(422, api.post("dm/batches/" + batchId + "/sent", "application/json", "").statusCode(),
                "a batch is marked as sent once");
        assertEquals(1, ChannelFixture.count("SELECT COUNT(*) FROM contact_history WHERE member_id = ? AND channel = 'DM'"
                + " AND outcome = 'SENT'", labelled.get(0).id()));
    }

    private static byte[] download(MarketingApi api, String path) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((AdminBrowser.STAFF + ":" + AdminBrowser.STAFF_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.api + path))
                .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        return r.body();
    }
}
