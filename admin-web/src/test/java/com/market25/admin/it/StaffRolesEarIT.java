package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * ADM-02 / ADM-04 in a real browser against the deployed EAR: 운영자 creates staff accounts with
 * roles; a new account must change its temporary password before anything else; each role opens
 * only its pages, and a page it may not open answers 403 to its URL and to its ajax requests.
 */
class StaffRolesEarIT {

    /** 운영자 (the demo admin), signed in once for the class: a browser start costs seconds. */
    private static AdminBrowser admin;

    @BeforeAll
    static void signInAdmin() throws Exception {
        admin = AdminBrowser.open().signedIn();
    }

    @AfterAll
    static void closeAdmin() {
        if (admin != null) {
            admin.close();
        }
    }


    @Test
    void adm02AnOrdersClerkChangesTheTemporaryPasswordThenSeesOnlyTheOrderPages() throws Exception {
        String login = "clerk" + Long.toString(System.nanoTime(), 36);
        String temporary = "주문 담당 임시 비밀번호";
        createStaff(login, "주문담당", "ORDERS", temporary);

        try (AdminBrowser clerk = AdminBrowser.open()) {
            signIn(clerk, login, temporary);
            clerk.wait.until(d -> d.getCurrentUrl().contains("password.xhtml"));
            assertTrue(clerk.pageText().contains("먼저 자기 비밀번호로 바꿔 주세요"), clerk.pageText());

            clerk.get("slips.xhtml");
            assertTrue(clerk.pageText().contains("먼저 자기 비밀번호로 바꿔 주세요"),
                    "no page opens before the password is changed: " + clerk.pageText());
            assertEquals(403, status(clerk, "GET", "slips.xhtml"));

            clerk.get("password.xhtml");
            clerk.type(By.id("passwordForm:currentPassword"), temporary);
            clerk.type(By.id("passwordForm:newPassword"), "주문 담당이 고른 비밀번호");
            clerk.type(By.id("passwordForm:newPasswordConfirm"), "주문 담당이 고른 비밀번호");
            clerk.find(By.id("passwordForm:change")).click();
            clerk.wait.until(d -> d.getCurrentUrl().contains("slips.xhtml"));
            clerk.awaitAjax();

            String menu = clerk.text(By.cssSelector("nav.m25-menu"));
            assertTrue(menu.contains("전표별 주문관리"), menu);
            assertFalse(menu.contains("이메일 캠페인") || menu.contains("일일 마감") || menu.contains("직원·권한"), menu);

            assertEquals(200, status(clerk, "GET", "slips.xhtml"));
            assertEquals(403, status(clerk, "GET", "campaign.xhtml"), "marketing page");
            assertEquals(403, status(clerk, "GET", "settlement.xhtml"), "settlement page");
            assertEquals(403, status(clerk, "GET", "staff.xhtml"), "staff page");
            assertEquals(403, status(clerk, "POST", "settlement.xhtml"), "an ajax action of the settlement page");
            clerk.get("campaign.xhtml");
            assertTrue(clerk.pageText().contains("권한이 없습니다"), clerk.pageText());
        }
        assertTrue(auditShows(login, "직원 계정 생성") && auditShows(login, "비밀번호 변경"),
                "creating the account and its first password are in the audit log");
    }

    @Test
    void adm02ReadOnlyStaffSeeTheStaffPageButCannotChangeAnything() throws Exception {
        String login = "viewer" + Long.toString(System.nanoTime(), 36);
        createStaff(login, "조회담당", "READONLY", "조회 담당 임시 비밀번호");
        try (AdminBrowser viewer = AdminBrowser.open()) {
            signIn(viewer, login, "조회 담당 임시 비밀번호");
            viewer.wait.until(d -> d.getCurrentUrl().contains("password.xhtml"));
            viewer.type(By.id("passwordForm:currentPassword"), "조회 담당 임시 비밀번호");
            viewer.type(By.id("passwordForm:newPassword"), "조회 담당이 고른 비밀번호");
            viewer.type(By.id("passwordForm:newPasswordConfirm"), "조회 담당이 고른 비밀번호");
            viewer.find(By.id("passwordForm:change")).click();
            viewer.wait.until(d -> d.getCurrentUrl().contains("slips.xhtml"));

            viewer.get("staff.xhtml");
            viewer.awaitText(By.id("staffForm:accounts"), login);
            assertTrue(viewer.driver.findElements(By.id("staffForm:newStaff")).isEmpty(), "no account creation");
            viewer.click(By.xpath("//tr[contains(@class,'staff-" + login + "')]//a"));
            viewer.find(By.id("staffForm:detail"));
            assertTrue(viewer.driver.findElements(By.id("staffForm:btnRoles")).isEmpty(), "no role saving");
            assertTrue(viewer.driver.findElements(By.id("staffForm:btnReset")).isEmpty(), "no password reset");
        }
    }

    @Test
    void adm02FiveWrongPasswordsLockAStaffAccountUntil운영자UnlocksIt() throws Exception {
        String login = "locked" + Long.toString(System.nanoTime(), 36);
        createStaff(login, "잠김시험", "SETTLEMENT", "정산 담당 임시 비밀번호");
        try (AdminBrowser stranger = AdminBrowser.open()) {
            for (int i = 1; i <= 5; i++) {
                signIn(stranger, login, "wrong password " + i);
            }
            stranger.awaitText(By.id("messages"), "15분 동안 잠겼습니다");
            signIn(stranger, login, "정산 담당 임시 비밀번호");
            stranger.awaitText(By.id("messages"), "15분 동안 잠겼습니다");

            admin.get("staff.xhtml");
            admin.click(By.xpath("//tr[contains(@class,'staff-" + login + "')]//a"));
            admin.click(By.id("staffForm:btnUnlock"));
            admin.awaitText(By.id("messages"), "잠금을 해제했습니다");

            // the owner, in the same browser the stranger used (never signed in there)
            signIn(stranger, login, "정산 담당 임시 비밀번호");
            stranger.wait.until(d -> d.getCurrentUrl().contains("password.xhtml"));
        }
    }

    @Test
    void theBackOfficeSendsSecurityHeadersAndAStrictSessionCookie() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(AdminBrowser.adminUrlOrSkip() + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("'nonce-"),
                "PrimeFaces' script nonce policy");
        String cookie = login.headers().firstValue("Set-Cookie").orElse("").toLowerCase(java.util.Locale.ROOT);
        assertTrue(cookie.contains("httponly") && cookie.contains("samesite=lax"), cookie);
    }

    /** 운영자 (the demo admin) creates the account on the staff page. */
    private static void createStaff(String login, String name, String role, String temporaryPassword) {
        admin.get("staff.xhtml");
        if (admin.driver.findElements(By.id("staffForm:newLoginId")).stream().noneMatch(e -> e.isDisplayed())) {
            admin.click(By.cssSelector("#staffForm\\:newStaff .ui-panel-titlebar-icon"));
        }
        // the panel slides open: typing before the slide ends is refused
        admin.wait.until(d -> d.findElement(By.id("staffForm:newLoginId")).isDisplayed()
                && Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !window.jQuery || jQuery(':animated').length === 0")));
        admin.type(By.id("staffForm:newLoginId"), login);
        admin.type(By.id("staffForm:newName"), name);
        admin.find(By.xpath("//div[@id='staffForm:newRoles']//input[@value='" + role + "']/../..//div"
                + "[contains(@class,'ui-chkbox-box')]")).click();
        admin.type(By.id("staffForm:newPassword"), temporaryPassword);
        admin.click(By.id("staffForm:btnCreate"));
        admin.awaitText(By.id("messages"), "직원 계정을 만들었습니다");
        admin.awaitText(By.id("staffForm:accounts"), login);
    }

    private static boolean auditShows(String login, String action) {
        admin.get("staff.xhtml");
        admin.type(By.id("staffForm:auditTargetId"), login);
        admin.click(By.id("staffForm:btnAudit"));
        return admin.text(By.id("staffForm:auditLog")).contains(action);
    }

    private static void signIn(AdminBrowser browser, String login, String password) {
        browser.get("login.xhtml");
        browser.type(By.id("loginForm:loginId"), login);
        browser.type(By.id("loginForm:password"), password);
        browser.find(By.id("loginForm:signIn")).click();
        browser.awaitAjax();
    }

    /** The status the page answers to this browser's session, asked over plain HTTP. */
    private static int status(AdminBrowser browser, String method, String page) throws Exception {
        // the back office's session cookie (a storefront page, e.g. the favicon's 404, may set one on "/")
        Cookie session = browser.driver.manage().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID") && c.getPath().startsWith("/admin"))
                .findFirst().orElseThrow(() -> new AssertionError("no back-office session cookie"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.adminUrl + page))
                .timeout(Duration.ofSeconds(20))
                .header("Cookie", "JSESSIONID=" + session.getValue());
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "jakarta.faces.partial.ajax=true&jakarta.faces.source=settlementForm%3AbtnRun"
                                    + "&jakarta.faces.partial.execute=%40all&settlementForm=settlementForm"));
        }
        HttpResponse<String> answer = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode();
    }
}
