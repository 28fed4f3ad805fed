package com.market25.receipt;

import com.market25.payment.CardCompany;
import com.market25.payment.PaymentMethod;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One paid order's receipt (PAY-04): the merchant, the order, the VAT split and either the card
 * slip (masked number, approval number, installments) or the cash-receipt data (purpose and
 * identity, shown masked; null fields while the customer has not asked for one). Holds no full
 * card number: the shop never had one to put here. {@code amount} is what the payment took; bonus
 * spent on the order (BON-04) is neither card nor cash, so it is shown apart ({@code bonusUsed}).
 */
public record Receipt(ReceiptKind kind, Merchant merchant, String slipNo, String customerName,
        LocalDateTime orderedAt, LocalDateTime paidAt, List<Item> items, VatSplit amount,
        PaymentMethod method, CardCompany cardCompany, String maskedCardNo, Integer installmentMonths,
        String approvalNo, CashReceiptPurpose cashPurpose, String cashIdentityShown, BigDecimal bonusUsed)
        implements Serializable {

    /** A receipt of an order without bonus. */
    public Receipt(ReceiptKind kind, Merchant merchant, String slipNo, String customerName,
            LocalDateTime orderedAt, LocalDateTime paidAt, List<Item> items, VatSplit amount,
            PaymentMethod method, CardCompany cardCompany, String maskedCardNo, Integer installmentMonths,
            String approvalNo, CashReceiptPurpose cashPurpose, String cashIdentityShown) {
        this(kind, merchant, slipNo, customerName, orderedAt, paidAt, items, amount, method, cardCompany, maskedCardNo,
                installmentMonths, approvalNo, cashPurpose, cashIdentityShown, BigDecimal.ZERO);
    }

    public record Item(String name, String code, int quantity, BigDecimal amount) implements Serializable {
    }

    public boolean lumpSum() {
        return installmentMonths == null || installmentMonths <= 1;
    }

    public boolean cashReceiptRequested() {
        return cashPurpose != null;
    }
}
