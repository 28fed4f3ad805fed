package com.market25.ordering;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** Orders as placed, for tests outside this package (the order's constructor is the domain's own). */
public final class PlacedOrders {

    private PlacedOrders() {
    }

    /** One line of 540,000원, a web order of branch 0040, placed at {@code at}. */
    public static CustomerOrder placedAt(LocalDateTime at) {
        var line = new PricedLine(1, "601041010112", "딤채고급형 신형(DP-601)", "냉난방기기", 1,
                new BigDecimal("540000"), new BigDecimal("540000"), BigDecimal.ZERO, BigDecimal.ZERO, true);
        var cart = new PricedCart(List.of(line), new BigDecimal("540000"), BigDecimal.ZERO, BigDecimal.ZERO);
        var recipient = new Recipient(RecipientKind.HOME, "안미란", "031-658-2376", "17900", "경기도 평택시", null);
        return new CustomerOrder("0000003222", null, Channel.INTERNET, CustomerOrder.WEB_MASTER, "0040", recipient,
                cart, null, at);
    }
}
