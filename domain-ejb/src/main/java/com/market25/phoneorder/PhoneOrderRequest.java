package com.market25.phoneorder;

import com.market25.ordering.Cart;
import com.market25.ordering.RecipientKind;
import com.market25.payment.CardDetails;
import java.io.Serializable;

/**
 * A phone order as staff typed it. The cart holds product codes and quantities only: prices come
 * from the catalog when the order is taken. {@code card} is used for {@link PhonePayment#CARD_BY_PHONE}
 * only and never stored.
 */
public record PhoneOrderRequest(long customerId, String formKey, Cart cart, LogisticsMethod logistics,
        RecipientKind recipientKind, String recipientName, String recipientPhone, String recipientPostalCode,
        String recipientAddress, String deliveryNote, String pickupBranch, PhonePayment payment,
        CardDetails card) implements Serializable {

    @Override
    public String toString() {
        return "PhoneOrderRequest[customer " + customerId + ", " + logistics + ", " + payment + "]";
    }
}
