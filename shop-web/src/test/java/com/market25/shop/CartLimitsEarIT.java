package com.market25.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SHOP-05 limits on the deployed EAR: a product code the shop does not sell is refused (not kept
 * silently), and a 51st different product does not go in; both with a Korean reason, status 422,
 * the cart unchanged.
 */
class CartLimitsEarIT {

    private static String url;

    @BeforeAll
    static void target() {
        url = EarTarget.url();
    }

    @Test
    void shop05_anUnknownProductCodeIsRefusedWithAReason() {
        ShopClient shop = new ShopClient(url);
        // a guest reads the token from a page with a form, as the product page's 구매하기
        HttpResponse<String> refused = shop.post("product/131001010112", "cart", Map.of("action", "add", "code", "000000000000",
                "quantity", "1"));

        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("판매하지 않는 상품입니다."), refused.body());
        assertTrue(refused.body().contains("id=\"cart-empty\""), "nothing was kept");
    }

    @Test
    void shop05_aQuantityOutsideOneToNinetyNineIsRefused() {
        ShopClient shop = new ShopClient(url);
        HttpResponse<String> refused = shop.post("product/131001010112", "cart", Map.of("action", "add", "code", "131001010112",
                "quantity", "100"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("수량은 1~99 사이의 숫자입니다."));
    }

    @Test
    void shop05_aFiftyFirstDifferentProductIsRefused() throws Exception {
        String[] codes = fiftyOneTestProducts();
        ShopClient shop = new ShopClient(url);
        // each post reads the product page first: the first one opens the session, the rest carry its token
        for (int i = 0; i < 50; i++) {
            assertEquals(303, shop.post("product/131001010112", "cart", Map.of("action", "add", "code", codes[i],
                    "quantity", "1")).statusCode(), "line " + (i + 1));
        }

        HttpResponse<String> refused = shop.post("product/131001010112", "cart", Map.of("action", "add",
                "code", codes[50], "quantity", "1"));

        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("장바구니에는 상품을 50종류까지 담을 수 있습니다."), "Korean reason");
        assertFalse(refused.body().contains("data-code=\"" + codes[50] + "\""), "the 51st is not in the cart");
        assertTrue(refused.body().contains("data-code=\"" + codes[49] + "\""), "the first fifty are");
    }

    /**
     * The demo catalog has fourteen products; this adds 51 test products (idempotently) in a
     * sub-category that no shop corner lists, straight into the EAR's database.
     */
    private static String[] fiftyOneTestProducts() throws Exception {
        String db = EarTarget.databaseUrl("cannot add test products");
        String[] codes = new String[51];
        try (Connection c = DriverManager.getConnection(db, System.getProperty("market25.db.user"),
                System.getProperty("market25.db.password"))) {
            c.createStatement().executeUpdate("insert ignore into category (code, name_ko, name_en, parent_id,"
                    + " sort_order) select 'IT-CART-LIMIT', '장바구니 한도 시험', 'cart limit test', min(id), 99"
                    + " from category where parent_id is null having min(id) is not null");
            long category;
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select id from category where code = 'IT-CART-LIMIT'")) {
                rs.next();
                category = rs.getLong(1);
            }
            try (PreparedStatement insert = c.prepareStatement("insert ignore into product (code, category_id, kind,"
                    + " name, supplier, consumer_price, sale_price, stock, active) values (?, ?, '시험', ?, '시험',"
                    + " 1000, 1000, 10, true)")) {
                for (int i = 0; i < codes.length; i++) {
                    codes[i] = String.format("IT50%08d", i);
                    insert.setString(1, codes[i]);
                    insert.setLong(2, category);
                    insert.setString(3, "장바구니 시험 상품 " + (i + 1));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return codes;
    }
}
