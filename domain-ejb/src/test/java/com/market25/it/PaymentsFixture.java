package com.market25.it;

import com.market25.ordering.Cart;
import com.market25.ordering.Recipient;
import com.market25.ordering.RecipientKind;
import com.market25.payment.CardCompany;
import com.market25.payment.CardDetails;
import com.market25.payment.gateway.CardStatus;
import com.market25.payment.gateway.PaymentGatewayConnection;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Year;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * What the payment, checkout and expiry ITs share: demo data they order with, form values, the
 * gateway as the application reaches it, and plain SQL to set up a crash's leftovers.
 */
final class PaymentsFixture {

    static final String DIMCHAE = "601041010112";     // 딤채고급형 신형(DP-601), 540,000원, stock 40
    static final String HANGER = "601061510012";      // 가화행거1, 32,000원
    static final String BOOK = "131001010112";        // 자바 프로그래밍 입문, 22,500원
    static final long MIRAN = 2;
    static final long YONGCHAN = 3;
    static final String APPROVING_CARD = "4111111111111111";
    static final String LIMIT_EXCEEDED_CARD = "4000000000000002";
    static final String SLOW_ANSWER_CARD = "4000000000000200";
    static final String TIMEOUT_AFTER_APPROVAL_CARD = "4000000000000408";
    static final String DUPLICATE_ANSWER_CARD = "4000000000000515";

    private PaymentsFixture() {
    }

    static <T> T bean(Class<T> type) {
        try {
            return InitialContext.doLookup("java:module/" + type.getSimpleName() + "!" + type.getName());
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Cart cart(String code, int quantity) {
        Cart cart = new Cart();
        cart.add(code, quantity);
        return cart;
    }

    static Recipient recipient(String name) {
        return new Recipient(RecipientKind.HOME, name, "031-658-2376", "17900",
                "경기도 평택시 세교동 개나리아파트 104동 304호", "경비실에 맡겨 주세요");
    }

    static CardDetails card(String number, String payer) {
        return new CardDetails(CardCompany.BC, number, "12", String.valueOf(Year.now().getValue() + 2), 0, payer);
    }

    /** What the gateway knows of a reference, asked the way the application asks. */
    static CardStatus gatewayStatus(String reference) {
        try (PaymentGatewayConnection c = gateway().getConnection()) {
            return c.inquire(reference);
        } catch (Exception e) {
            throw new IllegalStateException("cannot ask the gateway about " + reference, e);
        }
    }

    static PaymentGatewayConnectionFactory gateway() {
        try {
            return InitialContext.doLookup("java:app/eis/paymentGateway");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One statement on jdbc/market25 outside the application's transactions; returns the count. */
    static int execute(String sql, Object... params) {
        try {
            DataSource ds = InitialContext.doLookup("jdbc/market25");
            try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                return s.executeUpdate();
            }
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
