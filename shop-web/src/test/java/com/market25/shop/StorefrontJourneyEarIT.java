package com.market25.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer's half of the journey in a real Chromium against the deployed EAR: browse,
 * join under an upper member, fill the cart, pay (declined, then approved), see the order.
 * The steps build on each other, so they run in order with one browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StorefrontJourneyEarIT {

    private static final String DIMCHAE = "601041010112";
    private static final String SPH_4300 = "101001015112";
    private static final String LOGIN = "buyer" + Long.toString(System.currentTimeMillis(), 36);

    private static String url;
    private static ChromeDriver browser;
    private static String slipNo;

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
    @Order(1)
    void homeShowsTheSixShopCornersAndTodaysPicksWithPricesAndBonuses() {
        browser.get(url);
        List<String> corners = browser.findElements(By.cssSelector("#corner-menu a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("정보통신", "컴퓨터", "컴퓨터 도서", "자체 상품", "상품권", "가정용품"), corners);
        String picks = text("recommended");
        assertTrue(picks.contains("딤채고급형 신형(DP-601)"), picks);
        assertTrue(picks.contains("595,000원") && picks.contains("540,000원") && picks.contains("38,000원"), picks);
        assertTrue(picks.contains("삼성 SPH-4300") && picks.contains("280,000원"), picks);
        assertTrue(picks.contains("금강제화상품권 7만원권") && picks.contains("56,000원"), picks);
    }

    @Test
    @Order(2)
    void theProductPageShowsSupplierPricesAndBothBonuses() {
        browser.get(url + "product/" + DIMCHAE);
        assertEquals("만도기계", text("p-supplier"));
        assertEquals("595,000원", text("p-consumer"));
        assertEquals("540,000원", text("p-sale"));
        assertEquals("38,000원", text("p-discount"));
        assertEquals("0원", text("p-sponsor"));
    }

    @Test
    @Order(3)
    void aJoinFormWithMistakesSaysWhatIsWrongInKoreanAndKeepsWhatWasTyped() {
        browser.get(url + "join");
        type("loginId", LOGIN);
        type("password", "market25!");
        type("passwordConfirm", "market25?");
        type("name", "홍길동");
        type("phone", "010-1234-5678");
        type("email", "not-an-email");
        type("postalCode", "06236");
        type("address", "서울특별시 강남구 테헤란로 152");
        type("upperMemberLoginId", "altwell");
        browser.findElement(By.id("join-submit")).click();

        assertEquals("이메일 주소 형식이 올바르지 않습니다. (예: hong@example.com)", text("error-email"));
        assertEquals("비밀번호 확인이 일치하지 않습니다.", text("error-passwordConfirm"));
        assertEquals("홍길동", value("name"));
        assertEquals("not-an-email", value("email"));
        assertEquals("altwell", value("upperMemberLoginId"));
        assertEquals("", value("password"), "a password is never sent back");
    }

    @Test
    @Order(4)
    void aVisitorJoinsUnderAnUpperMemberAndIsSignedIn() {
        type("password", "market25!");
        type("passwordConfirm", "market25!");
        type("email", LOGIN + "@market25.example");
        browser.findElement(By.id("consentEmail")).click();
        browser.findElement(By.id("join-submit")).click();
        waitFor(() -> browser.getPageSource().contains("회원가입을 환영합니다"));
        assertTrue(browser.findElement(By.className("hello")).getText().contains("홍길동"));
    }

    @Test
    @Order(5)
    void twoProductsGoInTheCartAndAChangedQuantityChangesTheTotal() {
        addToCart(DIMCHAE);
        addToCart(SPH_4300);
        assertEquals("820,000원", text("cart-total"));
        WebElement qty = browser.findElement(By.cssSelector("tr[data-code='" + SPH_4300 + "'] input.qty"));
        qty.clear();
        qty.sendKeys("2");
        browser.findElement(By.cssSelector("tr[data-code='" + SPH_4300 + "'] button.change")).click();
        waitFor(() -> text("cart-total").equals("1,100,000원"));
    }

    @Test
    @Order(6)
    void aDeclinedCardLeavesThePayableOrderAndSaysWhyInKorean() {
        browser.get(url + "checkout");
        fillCard("4000000000000002");
        // A tampered page: extra price fields must change nothing, prices are the server's.
        ((JavascriptExecutor) browser).executeScript(
                "const f = document.getElementById('checkout-form');"
                        + "for (const [n, v] of [['total','1'],['unitPrice','1'],['salePrice','1'],['price','1']]) {"
                        + " const i = document.createElement('input'); i.type='hidden'; i.name=n; i.value=v; f.appendChild(i); }");
        browser.findElement(By.id("pay")).click();
        waitFor(() -> browser.getCurrentUrl().contains("/orders/"));
        slipNo = text("slip-no");
        assertTrue(slipNo.matches("\\d{10}"), slipNo);
        assertTrue(text("decline").contains("카드 한도가 초과되어 승인이 거절되었습니다"), text("decline"));
        assertEquals("주문접수", text("order-status"));
        assertEquals("1,100,000원", text("order-total"));
        assertFalse(browser.findElements(By.id("pay-again-form")).isEmpty());
    }

    @Test
    @Order(7)
    void payingAgainWithAGoodCardMakesTheOrderPaidAndStoresOnlyAMaskedNumber() {
        fillCard("4111111111111111");
        browser.findElement(By.id("pay-again")).click();
        // the approval is completed by a message-driven bean; the page refreshes itself meanwhile
        waitFor(() -> {
            browser.navigate().refresh();
            return text("order-status").equals("입금완료");
        });
        String cards = text("payments");
        assertTrue(cards.contains("4111-11**-****-1111"), cards);
        assertFalse(browser.getPageSource().contains("4111111111111111"));
        assertTrue(cards.contains("거절") && cards.contains("결제완료"), cards);
        assertEquals("ALTWELL I&C", text("upper-name"));
    }

    @Test
    @Order(8)
    void myOrdersListsTheOrderWithItsStatus() {
        browser.get(url + "orders");
        String row = browser.findElement(By.cssSelector("tr[data-slip='" + slipNo + "']")).getText();
        assertTrue(row.contains("입금완료") && row.contains("1,100,000원"), row);
    }

    @Test
    @Order(9)
    void aCheckoutWithMissingFieldsIsRefusedAndKeepsWhatWasTyped() {
        addToCart(DIMCHAE);
        browser.get(url + "checkout");
        type("recipientPostalCode", "12");
        type("deliveryNote", "경비실에 맡겨 주세요");
        browser.findElement(By.id("pay")).click();
        assertEquals("우편번호는 숫자 5자리(또는 6자리)입니다.", text("error-recipientPostalCode"));
        assertEquals("필수 입력 항목입니다.", text("error-cardNumber"));
        assertEquals("경비실에 맡겨 주세요", value("deliveryNote"));
        browser.get(url + "orders");
        assertEquals(1, browser.findElements(By.cssSelector("#orders tbody tr")).size(), "no order was taken");
    }

    private void addToCart(String code) {
        browser.get(url + "product/" + code);
        browser.findElement(By.id("buy")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/cart"));
    }

    private void fillCard(String number) {
        new Select(browser.findElement(By.id("cardCompany"))).selectByValue("BC");
        type("cardNumber", number);
        type("expiryMonth", "12");
        type("expiryYear", "2030");
        new Select(browser.findElement(By.id("installmentMonths"))).selectByValue("3");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The element's text once the page that has it is there (a click's page load may still be on its way). */
    private String text(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> found = d.findElements(By.id(id));
                    return found.isEmpty() ? null : found.get(0).getText().trim();
                });
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
