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

    /** Checks the form can answer without asking the gateway; field names are the form's. */
    public void check(Checks checks) {
        checks.that(company != null, "cardCompany", "error.required")
                .required("cardNumber", number)
                .required("payerName", payerName)
                .required("expiryMonth", expiryMonth)
                .required("expiryYear", expiryYear);
        if (!checks.has("cardNumber")) {
            String d = digits();
            checks.that(d.length() >= 13 && d.length() <= 19 && CardNumbers.luhnValid(d),
                    "cardNumber", "error.cardNumber");
        }
        checks.that(installmentMonths == 0 || (installmentMonths >= 2 && installmentMonths <= 12),
                "installmentMonths", "error.installments");
        if (!checks.has("expiryMonth") && !checks.has("expiryYear")) {
            try {
                int month = Integer.parseInt(expiryMonth.trim());
                int year = Integer.parseInt(expiryYear.trim());
                if (year < 100) {
                    year += 2000;
                }
                checks.that(month >= 1 && month <= 12 && !YearMonth.of(year, month).isBefore(YearMonth.now()),
                        "expiryMonth", "error.cardExpired");
            } catch (RuntimeException e) {
                checks.reject("expiryMonth", "error.cardExpired");
            }
        }
    }
}
