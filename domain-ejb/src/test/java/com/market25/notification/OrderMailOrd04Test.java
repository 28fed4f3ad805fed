package com.market25.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderMailOrd04Test {

    @Test
    @DisplayName("ORD-04 주문 메일은 한국어로 주문번호와 주문 페이지 링크를 담고, 광고 표시는 없다")
    void orderMailLinksTheOrderPage() {
        OrderMail.Content mail = OrderMail.compose(NotificationKind.PAYMENT_COMPLETED, "Market25", "안미란",
                "0000004711", "http://localhost:8080/orders/0000004711", null);
        assertTrue(mail.subject().contains("결제가 완료되었습니다"));
        assertTrue(mail.subject().contains("0000004711"));
        assertFalse(mail.subject().contains("(광고)"));
        assertTrue(mail.text().contains("http://localhost:8080/orders/0000004711"));
        assertTrue(mail.html().contains("href=\"http://localhost:8080/orders/0000004711\""));
        assertTrue(mail.text().contains("Your payment is complete"));
    }

    @Test
    @DisplayName("ORD-04 발송 메일은 택배사와 운송장 번호를 담는다")
    void shippedMailNamesTheTracking() {
        OrderMail.Content mail = OrderMail.compose(NotificationKind.SHIPPED, "Market25", "안미란", "0000004711",
                "http://x/orders/0000004711", "CJ대한통운 123456789012");
        assertTrue(mail.text().contains("CJ대한통운 123456789012"));
    }

    @Test
    @DisplayName("ORD-04 환불 메일은 환불 금액을 환불 정보로 담고, 취소 메일은 주문 취소를 알린다")
    void refundAndCancelMailsSayWhatHappened() {
        OrderMail.Content refund = OrderMail.compose(NotificationKind.REFUNDED, "Market25", "안미란", "0000004711",
                "http://x/orders/0000004711", "환불 금액 20,250원");
        assertTrue(refund.subject().contains("환불이 완료되었습니다"), refund.subject());
        assertTrue(refund.text().contains("환불 정보: 환불 금액 20,250원"), refund.text());
        assertFalse(refund.text().contains("배송 정보"), refund.text());
        OrderMail.Content cancel = OrderMail.compose(NotificationKind.ORDER_CANCELLED, "Market25", "안미란",
                "0000004711", "http://x/orders/0000004711", null);
        assertTrue(cancel.subject().contains("주문이 취소되었습니다"), cancel.subject());
        assertTrue(cancel.text().contains("Your order has been cancelled"), cancel.text());
    }

    @Test
    @DisplayName("ORD-04 보내지 못한 메일은 1, 2, 4 … 분 뒤에, 최대 한 시간 간격으로 다시 보낸다")
    void retriesBackOff() {
        assertEquals(Duration.ofMinutes(1), OrderMailSender.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), OrderMailSender.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), OrderMailSender.delayAfter(3));
        assertEquals(Duration.ofMinutes(60), OrderMailSender.delayAfter(12));
    }

    @Test
    @DisplayName("ORD-04 주소 형식이 아닌 이메일로는 보내지 않는다")
    void unusableAddressesAreSkipped() {
        assertTrue(OrderMail.usableAddress("miran@example.com"));
        assertFalse(OrderMail.usableAddress(""));
        assertFalse(OrderMail.usableAddress(null));
        assertFalse(OrderMail.usableAddress("miran@"));
    }
}
