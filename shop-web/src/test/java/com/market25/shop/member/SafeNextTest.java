package com.market25.shop.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SHOP-04 sign-in: "next" never leads off the shop (open redirect). */
class SafeNextTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/orders", "/orders/0000003223", "/checkout", "/category/HOME?page=2",
        "/product/601041010112", "/orders?lang=en"})
    void aPathOfTheShopIsKept(String next) {
        assertEquals(next, SafeNext.of(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "/\\evil.example", "/%09/evil.example", "/%5cevil.example",
        "/%2f%2fevil.example", "https://evil.example/", "http:/evil.example", "evil.example", "javascript:alert(1)",
        "/\t/evil.example", " /orders", "/orders\r\nSet-Cookie: x=1", "/..//evil.example", "/%2e%2e/x",
        "\\\\evil.example", "/\u3000/evil.example", ""})
    void anythingThatCouldLeaveTheShopGoesHome(String next) {
        assertEquals("/", SafeNext.of(next));
    }

    @org.junit.jupiter.api.Test
    void nothingGoesHome() {
        assertEquals("/", SafeNext.of(null));
    }
}
