package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** DLV-01 배송관리 in a real browser: find a paid slip, instruct it, type its tracking number. */
class DeliveryScreenDlv01EarIT {

    @Test
    @DisplayName("DLV-01 staff select a paid slip, instruct its delivery with a result report and type its tracking number")
    void instructAndTypeTrackingNumber() throws Exception {
        String slip = DeliveryFixture.paidOrders(1).get(0);
        String number = DeliveryFixture.trackingNumber(51);
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
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
