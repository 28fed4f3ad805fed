package com.market25.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * INV-01 / ORD-01 in a real Chromium: an unpaid order shows its payment deadline, and the
 * customer cancels it from its page; it becomes 주문취소, can no longer be paid, and the product's
 * stock comes back.
 */
class OrderCancelEarIT {

    private static final String BOOK = "131001010112";
    private static final String LIMIT_CARD = "4000000000000002";

    private static String url;
    private static ChromeDriver browser;

    @BeforeAll
    static void open() throws Exception {
        url = EarTarget.url();
        browser = EarTarget.chromium();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void inv01_theCustomerCancelsAnUnpaidOrderFromItsPageAndTheStockComesBack() {
        signIn();
        int stockBefore = stock(BOOK);
        browser.get(url + "product/" + BOOK);
        browser.findElement(By.id("buy")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/cart"));
        browser.get(url + "checkout");
        new Select(browser.findElement(By.id("cardCompany"))).selectByValue("BC");
        type("cardNumber", LIMIT_CARD);
        type("expiryMonth", "12");
        type("expiryYear", "2030");
        browser.findElement(By.id("pay")).click();
        waitFor(() -> browser.getCurrentUrl().contains("/orders/"));
        assertEquals("주문접수", text("order-status"));
        assertTrue(text("pay-by").startsWith("결제 기한:"), text("pay-by"));
        assertEquals(stockBefore - 1, stock(BOOK), "the order holds its stock");

        browser.get(browser.getCurrentUrl());
        browser.findElement(By.id("cancel-order")).click();
        waitFor(() -> browser.getCurrentUrl().contains("cancelled=1"));

        assertEquals("주문취소", text("order-status"));
        assertTrue(text("cancelled-notice").startsWith("주문이 취소되었습니다."), text("cancelled-notice"));
        assertTrue(browser.findElements(By.id("pay-again-form")).isEmpty(), "a cancelled order is not payable");
        assertTrue(browser.findElements(By.id("cancel-order")).isEmpty());
        assertTrue(text("history").contains("주문취소"), text("history"));
        assertEquals(stockBefore, stock(BOOK), "the stock came back");
    }

    private void signIn() {
        browser.get(url + "login");
        type("loginId", ShopClient.DEMO_CUSTOMER);
        type("password", ShopClient.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(() -> !browser.getCurrentUrl().contains("/login"));
    }

    /** What the product page says is left: 구매 가능 (N개). */
    private static int stock(String code) {
        String page = new ShopClient(url).get("product/" + code).body();
        Matcher m = Pattern.compile("구매 가능 \\((\\d+)개\\)").matcher(page);
        assertTrue(m.find(), "stock shown on the product page");
        return Integer.parseInt(m.group(1));
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }
}
