package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff sign-in of the admin (ADM): wrong password refused, login id kept; right one lets in. */
class StaffLoginEarIT {

    @Test
    void wrongPasswordIsRefusedKeepingTheLoginIdAndTheRightOneSignsIn() throws Exception {
        try (AdminBrowser browser = AdminBrowser.open()) {
            // an unauthenticated page sends to the login page
            browser.get("slips.xhtml");
            browser.wait.until(d -> d.getCurrentUrl().contains("login.xhtml"));

            browser.type(By.id("loginForm:loginId"), AdminBrowser.STAFF);
            browser.type(By.id("loginForm:password"), "wrong-password");
            browser.click(By.id("loginForm:signIn"));

            browser.awaitText(By.id("messages"), "아이디 또는 비밀번호가 올바르지 않습니다.");
            assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"));
            assertEquals(AdminBrowser.STAFF,
                    browser.find(By.id("loginForm:loginId")).getAttribute("value"), "the typed login id stays");
            assertEquals("", browser.find(By.id("loginForm:password")).getAttribute("value"),
                    "the password is not sent back");
            assertFalse(browser.pageText().contains("로그아웃"));
            browser.screenshot("login-refused");

            browser.type(By.id("loginForm:password"), AdminBrowser.STAFF_PASSWORD);
            browser.click(By.id("loginForm:signIn"));
            browser.wait.until(d -> d.getCurrentUrl().contains("slips.xhtml"));
            browser.awaitText(By.id("topForm:staffName"), "관리자");
            assertTrue(browser.pageText().contains("전표별 주문관리"));

            browser.click(By.id("topForm:logout"));
            browser.wait.until(d -> d.getCurrentUrl().contains("login.xhtml"));
            browser.get("slips.xhtml");
            browser.wait.until(d -> d.getCurrentUrl().contains("login.xhtml"));
        }
    }
}
