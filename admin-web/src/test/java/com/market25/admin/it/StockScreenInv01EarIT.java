package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * 재고 현황 in a real browser (INV-01): staff find a product's stock, set its 적정재고 and see the
 * alert, adjust with a reason and find it in 입출고 내역; and 배송지시 of a paid order on the slip
 * screen turns its reservation into a shipment out of the web-shop warehouse.
 */
class StockScreenInv01EarIT {

    private static AdminBrowser browser;
    private final StockFixture f = new StockFixture();

    @BeforeAll
    static void open() throws Exception {
        browser = AdminBrowser.open().signedIn();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("INV-01: 재고 현황 shows a level, its safety-stock alert, and an adjustment with its reason in 입출고 내역")
    void stockScreen() throws Exception {
        String product = f.newProduct(4);
        browser.get("stock.xhtml");
        browser.type(By.id("stockForm:product"), product);
        browser.click(By.id("stockForm:search"));
        By row = By.cssSelector("tr.level-WEB-" + product);
        assertEquals("4", cell(row, "available"));

        browser.click(By.cssSelector("tr.level-WEB-" + product + " a[id$=':select']"));
        number("stockForm:safetyStock", "10");
        browser.click(By.id("stockForm:saveSafety"));
        browser.awaitText(By.id("messages"), "적정재고를 저장했습니다");
        browser.awaitText(row, "6개 부족");
        assertTrue(browser.text(By.id("stockForm:alert")).contains("적정재고 미달"), browser.text(By.id("stockForm:alert")));

        browser.click(By.id("stockForm:alertLink"));
        browser.find(row);
        assertTrue(browser.driver.findElement(By.id("stockForm:belowOnly_input")).isSelected(), "the alert filters");

        number("stockForm:change", "6");
        browser.type(By.id("stockForm:reason"), "거래처 추가 입고");
        browser.click(By.id("stockForm:adjust"));
        browser.awaitText(By.id("messages"), "재고를 조정했습니다");
        browser.awaitText(By.id("stockForm:selectedLevel"), "가용 10");
        assertEquals(10, f.storefrontStock(product), "the storefront sells the adjusted stock");
        browser.screenshot("stock-adjusted");

        browser.get("stock-movements.xhtml?warehouse=" + f.warehouse("WEB") + "&product=" + product);
        String movements = browser.awaitText(By.id("movementForm:movementTable"), "거래처 추가 입고");
        assertTrue(movements.contains("조정 입고") && movements.contains("admin"), movements);
    }

    @Test
    @DisplayName("INV-01: 배송지시 of a paid order ships its reserved units out of the web-shop warehouse")
    void deliveryInstructionShipsTheReservation() throws Exception {
        String product = f.newProduct(5);
        Storefront shop = new Storefront(AdminBrowser.storefrontUrl());
        shop.signIn(Storefront.DEMO_CUSTOMER, Storefront.DEMO_PASSWORD);
        shop.addToCart(product, 2);
        String slip = shop.checkoutByCard();
        shop.awaitPaid(slip, Duration.ofSeconds(30));
        assertEquals(5, f.level("WEB", product)[0]);
        assertEquals(2, f.level("WEB", product)[1], "the paid order holds two");

        browser.get("slips.xhtml");
        browser.click(By.id("slipForm:shortcutToday"));
        By slipRow = By.xpath("//tbody[@id='slipForm:slipTable_data']/tr[td[contains(@class,'slipNo')][normalize-space()='"
                + slip + "']]/td[contains(@class,'slipNo')]");
        browser.find(slipRow).click();
        browser.awaitAjax();
        browser.awaitText(By.id("slipForm:detailSlipNo"), slip);
        browser.click(By.id("slipForm:btnInstruct"));
        browser.awaitText(By.id("slipForm:detailStatus"), "배송지시");

        assertEquals(3, f.level("WEB", product)[0], "two left the warehouse");
        assertEquals(0, f.level("WEB", product)[1], "nothing reserved any more");
        assertEquals(3, f.storefrontStock(product), "what was for sale did not change");
        assertEquals(1, f.movements("WEB", product, "SHIP_OUT"));
    }

    private static String cell(By row, String column) {
        WebElement r = browser.find(row);
        return r.findElement(By.cssSelector("td." + column)).getText().trim();
    }

    /** Types into a PrimeFaces inputNumber as a user does: select what is there, type over it. */
    private static void number(String id, String value) {
        WebElement input = browser.find(By.id(id + "_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }
}
