package com.market25.shop;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 6 on the storefront, against the deployed EAR over HTTP: sign-in answers that reveal
 * nothing, the account lock, where "next" may lead, escaping, headers and cookies, and a join form
 * that reports every problem at once (SHOP-04).
 */
class StorefrontSecurityEarIT {

    private static String url;

    @BeforeAll
    static void target() {
        url = EarTarget.url();
    }

    @Test
    void shop04UnknownIdAndWrongPasswordGetTheSamePageAndStatus() {
        String real = new Visitor(url).join(Visitor.uniqueLogin("same"), "같은답");
        HttpResponse<String> wrongPassword = new Visitor(url).signIn(real, "not-the-password", null);
        HttpResponse<String> unknownId = new Visitor(url).signIn(real + "x", "not-the-password", null);

        assertEquals(401, wrongPassword.statusCode());
        assertEquals(wrongPassword.statusCode(), unknownId.statusCode());
        String message = "아이디 또는 비밀번호가 올바르지 않습니다.";
        assertTrue(wrongPassword.body().contains(message), wrongPassword.body());
        assertTrue(unknownId.body().contains(message), unknownId.body());
        assertEquals(withoutVarying(wrongPassword.body(), real), withoutVarying(unknownId.body(), real + "x"),
                "the two pages differ only in the typed login id and the form token");
    }

    @Test
    void shop04FiveFailuresLockTheAccountEvenForTheRightPassword() {
        Visitor visitor = new Visitor(url);
        String login = visitor.join(Visitor.uniqueLogin("lock"), "잠금시험");
        Visitor attacker = new Visitor(url);
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, attacker.signIn(login, "guess-" + i, null).statusCode());
        }
        HttpResponse<String> fifth = attacker.signIn(login, "guess-5", null);
        assertTrue(fifth.body().contains("15분 동안 잠겼습니다"), fifth.body());

        HttpResponse<String> owner = new Visitor(url).signIn(login, "market25!", null);
        assertEquals(401, owner.statusCode(), "the right password is refused while locked");
        assertTrue(owner.body().contains("15분 동안 잠겼습니다"), owner.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "/%09/evil.example", "https://evil.example/",
        "/%2f%2fevil.example"})
    void shop04AfterSignInNextNeverLeavesTheShop(String next) {
        Visitor member = new Visitor(url);
        String login = member.join(Visitor.uniqueLogin("next"), "이동시험");
        member.post("logout", "", Map.of());

        HttpResponse<String> signedIn = new Visitor(url).signIn(login, "market25!", next);

        assertEquals(303, signedIn.statusCode(), signedIn.body());
        String location = signedIn.headers().firstValue("Location").orElse("");
        assertTrue(location.equals("/") || location.endsWith("://" + host() + "/"),
                "next=" + next + " led to " + location);
    }

    @Test
    void shop04NextToAPageOfTheShopIsFollowed() {
        Visitor member = new Visitor(url);
        String login = member.join(Visitor.uniqueLogin("back"), "되돌아가기");
        HttpResponse<String> signedIn = new Visitor(url).signIn(login, "market25!", "/orders");
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/orders"));
    }

    @Test
    void whatAMemberTypedIsEscapedOnEveryPage() {
        Visitor member = new Visitor(url);
        String name = "<img src=x onerror=alert(1)>";
        member.join(Visitor.uniqueLogin("xss"), name);
        for (String page : List.of("", "cart", "orders", "bonus", "category/HOME", "product/601041010112")) {
            String body = member.get(page).body();
            assertFalse(body.contains(name), "raw markup on /" + page);
            if (page.isEmpty()) {
                assertTrue(body.contains("&lt;img src=x onerror=alert(1)&gt;"), "the name, escaped, in the header");
            }
        }
    }

    @Test
    void pagesSendSecurityHeadersAndMemberPagesAreNeverStored() {
        Visitor visitor = new Visitor(url);
        HttpResponse<String> home = visitor.get("");
        assertAll(
                () -> assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse("")),
                () -> assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse("")),
                () -> assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("")
                        .contains("default-src 'self'")));

        HttpResponse<String> login = new Visitor(url).get("login");
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
        // the session starts with the visitor's first post, here a product into the cart
        HttpResponse<String> added = new Visitor(url).post("cart", "product/601041010112",
                java.util.Map.of("action", "add", "code", "601041010112", "quantity", "1"));
        String cookie = added.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void shop04AJoinFormWithABadBirthDateStillReportsEveryOtherProblem() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginId", "x");
        form.put("password", "short");
        form.put("passwordConfirm", "short");
        form.put("name", "가".repeat(61));
        form.put("phone", "12");
        form.put("email", "not-an-address");
        form.put("postalCode", "0623");
        form.put("address", "서울");
        form.put("birthDate", "1985-13-45");
        HttpResponse<String> refused = new Visitor(url).post("join", "join", form);

        assertEquals(422, refused.statusCode());
        for (String field : List.of("loginId", "password", "name", "phone", "email", "postalCode", "birthDate")) {
            assertTrue(refused.body().contains("id=\"error-" + field + "\""), "no error shown for " + field);
        }
        assertTrue(refused.body().contains("최대 60자까지 입력할 수 있습니다."), "says the name's limit");
        assertTrue(refused.body().contains("value=\"1985-13-45\""), "the typed birth date is kept");
    }

    @Test
    void shop04TextLongerThanItsColumnIsRefusedWith422NotAServerError() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginId", Visitor.uniqueLogin("long"));
        form.put("password", "market25!");
        form.put("passwordConfirm", "market25!");
        form.put("name", "홍길동");
        form.put("phone", "010-1234-5678");
        form.put("email", "a".repeat(115) + "@ex.kr");
        form.put("postalCode", "06236");
        form.put("address", "주".repeat(301));
        form.put("upperMemberLoginId", "u".repeat(31));
        HttpResponse<String> refused = new Visitor(url).post("join", "join", form);

        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("최대 300자까지 입력할 수 있습니다."));
        assertTrue(refused.body().contains("최대 120자까지 입력할 수 있습니다."));
        assertTrue(refused.body().contains("최대 30자까지 입력할 수 있습니다."));
    }

    private static String host() {
        return java.net.URI.create(url).getAuthority();
    }

    private static String withoutVarying(String page, String typedLogin) {
        return page.replace(typedLogin, "").replaceAll("name=\"_csrf\"\\s+value=\"[^\"]*\"", "");
    }
}
