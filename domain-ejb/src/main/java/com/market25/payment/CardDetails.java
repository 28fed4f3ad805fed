package com.market25.payment;

import com.market25.common.Checks;
import com.market25.payment.gateway.CardNumbers;
import java.time.YearMonth;

/**
 * Card data as typed at checkout. It lives only for the request: the shop stores the masked
 * number and the gateway's token, never the number itself or a CVV.
 */
public record CardDetails(CardCompany company, String number, String expiryMonth, String expiryYear,
        int installmentMonths, String payerName) {

    public String digits() {
        return CardNumbers.digitsOnly(number == null ? "" : number);
    }

    /** YYMM, as gateways expect it. */
    public String expiryYyMm() {
        return expiryYear.trim().substring(expiryYear.trim().length() - 2) + String.format("%02d",
                Integer.parseInt(expiryMonth.trim()));
    }

    @Override
    public String toString() {
        return "CardDetails[" + company + ", " + CardNumbers.mask(digits()) + "]";
    }

    /** Column length of {@code payment.payer_name}. */
    public static final int PAYER_NAME_MAX = 60;
    /** Longest card number as typed (19 digits with separators). */
    public static final int NUMBER_MAX = 30;

    /**
     * Checks the form can answer without asking the gateway; field names are the form's. Every
     * field is checked against what can be stored, so a refused form never leaves anything behind.
     */
    public void check(Checks checks) {
        checks.that(company != null, "cardCompany", "error.required")
                .required("cardNumber", number)
                .required("payerName", payerName)
                .required("expiryMonth", expiryMonth)
                .required("expiryYear", expiryYear)
                .maxLength("payerName", payerName == null ? null : payerName.trim(), PAYER_NAME_MAX)
                .maxLength("cardNumber", number, NUMBER_MAX);
        if (!checks.has("cardNumber")) {
            String d = digits();
            checks.that(number.matches("[0-9 -]+") && d.length() >= 13 && d.length() <= 19
                    && CardNumbers.luhnValid(d), "cardNumber", "error.cardNumber");
        }
        checks.that(installmentMonths == 0 || (installmentMonths >= 2 && installmentMonths <= 12),
                "installmentMonths", "error.installments");
        if (!checks.has("expiryMonth") && !checks.has("expiryYear")) {
            String m = expiryMonth.trim();
            String y = expiryYear.trim();
            if (!m.matches("\\d{1,2}") || !(y.matches("\\d{2}") || y.matches("\\d{4}"))) {
                checks.reject("expiryMonth", "error.cardExpired");
                return;
            }
            int month = Integer.parseInt(m);
            int year = Integer.parseInt(y);
            if (year < 100) {
                year += 2000;
            }
            YearMonth now = YearMonth.now();
            checks.that(month >= 1 && month <= 12 && year <= now.getYear() + 30
                    && !YearMonth.of(year, month).isBefore(now), "expiryMonth", "error.cardExpired");
        }
    }
}
