package com.market25.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.ordering.CancelFilter;
import com.market25.ordering.Channel;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.OrderStatus;
import com.market25.ordering.PlacedOrders;
import com.market25.ordering.SlipFilter;
import com.market25.payment.gateway.VirtualAccount;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 결제별 주문관리 (SET-03) totals a period from payment alone when it can (V82): every payment
 * carries its order's date, and only a filter without order-side conditions takes that path.
 */
class PaymentOrderDateSet03Test {

    private static final LocalDateTime ORDERED = LocalDateTime.of(2026, 3, 31, 23, 59, 59, 999_000_000);
    private static final LocalDateTime LATER = ORDERED.plusDays(2);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 4);

    private final CustomerOrder order = PlacedOrders.placedAt(ORDERED);

    @Test
    @DisplayName("SET-03 a card payment carries its order's date, not the time it was requested")
    void cardPaymentCarriesOrderDate() {
        CardDetails card = new CardDetails(CardCompany.BC, "4111111111111111", "12", "30", 0, "안미란");
        Payment p = Payment.card(order, new BigDecimal("540000"), card, "4111-11**-****-1111", "R-1", "K-1", LATER, 1L, false);
        assertEquals(ORDERED, p.orderedAt());
    }

    @Test
    @DisplayName("SET-03 a bank transfer carries its order's date")
    void bankTransferCarriesOrderDate() {
        VirtualAccount account = new VirtualAccount("R-2", "마켓25은행", "990000003222", LATER.plusDays(3), "market25-sim");
        Payment p = Payment.bankTransfer(order, new BigDecimal("540000"), "안미란", "R-2", "K-2", account, LATER, 1L);
        assertEquals(ORDERED, p.orderedAt());
    }

    @Test
    @DisplayName("SET-03 an e-wallet payment carries its order's date")
    void ewalletCarriesOrderDate() {
        Payment p = Payment.ewallet(order, new BigDecimal("540000"), "안미란", "R-3", "K-3", LATER, 1L);
        assertEquals(ORDERED, p.orderedAt());
    }

    @Test
    @DisplayName("SET-03 the period with 결제유형 and 결제상태 only is answered from payment, the same half-open range")
    void periodOnlyReadsPayment() {
        PaymentFilter f = new PaymentFilter(new SlipFilter(FROM, TO, null, " ", null, null, ""), PaymentMethod.CARD,
                PaymentStatus.APPROVED);
        List<Object> params = new ArrayList<>();
        assertTrue(f.periodOnly());
        assertEquals("p.ordered_at >= ? and p.ordered_at < ? and p.method = ? and p.status = ?", f.conditionsOnPayment(params));
        assertEquals(List.of(Timestamp.valueOf("2026-01-01 00:00:00"), Timestamp.valueOf("2026-12-05 00:00:00"), "CARD",
                "APPROVED"), params);
    }

    @Test
    @DisplayName("SET-03 every order-side filter (상태, 지사, 주문경로, 취소/반품, 회원) keeps customer_order in the totals")
    void orderSideFiltersNeedTheOrder() {
        List<SlipFilter> orderSide = List.of(
                new SlipFilter(FROM, TO, OrderStatus.PAID, null, null, CancelFilter.ALL, null),
                new SlipFilter(FROM, TO, null, "0020", null, CancelFilter.ALL, null),
                new SlipFilter(FROM, TO, null, null, Channel.PHONE, CancelFilter.ALL, null),
                new SlipFilter(FROM, TO, null, null, null, CancelFilter.ONLY, null),
                new SlipFilter(FROM, TO, null, null, null, CancelFilter.EXCLUDE, null),
                new SlipFilter(FROM, TO, null, null, null, CancelFilter.ALL, "M0000001"));
        for (SlipFilter orders : orderSide) {
            PaymentFilter f = new PaymentFilter(orders, null, null);
            assertFalse(f.periodOnly(), orders::toString);
            assertThrows(IllegalStateException.class, () -> f.conditionsOnPayment(new ArrayList<>()), orders::toString);
        }
    }
}
