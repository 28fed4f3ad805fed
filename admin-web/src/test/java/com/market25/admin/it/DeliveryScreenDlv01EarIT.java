package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** DLV-01 배송관리 in a real browser: find a paid slip, instruct it, type its tracking number. */
class DeliveryScreenDlv01EarIT {

    @Test
    @DisplayName("DLV-01 staff select a paid slip, instruct its delivery with a result report, type its tracking number and print the list (page, and PDF with the embedded Korean font)")
    void instructAndTypeTrackingNumber() throws Exception {
        String slip = DeliveryFixture.paidOrders(1).get(0);
        String number = DeliveryFixture.trackingNumber(51);
        try (AdminBrowser browser = AdminBrowser.open()) {
            try {
                browser.signedIn();
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("sign-in did not land on the slips: " + browser.driver.getCurrentUrl() + "\n"
                        + browser.pageText(), e);
            }
            browser.get("delivery.xhtml");
            find(browser, slip);
            browser.click(By.cssSelector("[id='deliveryForm:targetTable_data'] tr td.ui-selection-column .ui-chkbox-box"));
            browser.click(By.id("deliveryForm:btnInstruct"));
            browser.awaitText(By.id("reportForm:reportTable"), slip);
            assertTrue(browser.text(By.id("reportForm:reportTable")).contains("처리"), browser.text(By.id("reportForm:reportTable")));
            browser.screenshot("delivery-instructed");

            browser.click(By.id("deliveryForm:showInstructed"));
            find(browser, slip);
            browser.click(By.cssSelector("[id='deliveryForm:targetTable_data'] a[id$='typeParcel']"));
            assertEquals(slip, browser.find(By.id("parcelForm:slipNo")).getAttribute("value"));
            browser.pick("parcelForm:carrier", "CJ대한통운");
            browser.type(By.id("parcelForm:trackingNo"), number.substring(0, 4) + "-" + number.substring(4));
            browser.click(By.id("parcelForm:btnParcel"));
            browser.awaitText(By.id("messages"), "등록했습니다");
            browser.awaitText(By.id("deliveryForm:targetTable"), "CJ대한통운 " + number);
            browser.screenshot("delivery-parcel");

            Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(
                    browser.find(By.id("deliveryForm:print")).getAttribute("href")))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("배송지시 목록") && page.body().contains(slip) && page.body().contains("@media print"),
                    "the printable list of the screen's filter");
            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(
                    browser.find(By.id("deliveryForm:pdf")).getAttribute("href")))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("배송지시 목록") && text.contains(slip), "Korean text of the PDF reads back: " + text);
                PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
                assertTrue(font.isEmbedded(), "the Korean font is embedded");
            }
        }
        assertEquals("DELIVERY_INSTRUCTED", Storefront.statusInDatabase(slip));
        assertEquals(List.of(number), ChannelFixture.rows("select s.tracking_no from shipment s join customer_order o"
                + " on o.id = s.order_id where o.slip_no = ?", slip).stream().map(r -> (String) r.get("tracking_no")).toList());
    }

    private static void find(AdminBrowser browser, String slip) {
        browser.type(By.id("deliveryForm:slipNo"), slip);
        browser.click(By.id("deliveryForm:search"));
        browser.awaitText(By.id("deliveryForm:targetTable"), slip);
    }
}
