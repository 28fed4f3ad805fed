package com.market25.shop.checkout;

import com.market25.payment.CardCompany;
import com.market25.payment.InstallmentOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The installments select of the checkout: one option per month count some card company offers
 * for this amount, naming the card companies that offer it and those for which it is interest-free
 * ({@code static/checkout.js} shows only the chosen company's months; without script every month
 * is listed and the domain refuses what the company does not offer).
 */
public record InstallmentChoices(List<Choice> months) {

    /** One month count; {@code companies} and {@code interestFree} are space-separated codes. */
    public record Choice(int months, String companies, String interestFree) {
    }

    static InstallmentChoices of(Map<CardCompany, List<InstallmentOption>> offers) {
        List<Choice> months = new ArrayList<>();
        for (int m = 2; m <= 12; m++) {
            StringBuilder companies = new StringBuilder();
            StringBuilder free = new StringBuilder();
            for (var entry : offers.entrySet()) {
                for (InstallmentOption option : entry.getValue()) {
                    if (option.months() == m) {
                        companies.append(companies.isEmpty() ? "" : " ").append(entry.getKey().name());
                        if (option.interestFree()) {
                            free.append(free.isEmpty() ? "" : " ").append(entry.getKey().name());
                        }
                    }
                }
            }
            if (!companies.isEmpty()) {
                months.add(new Choice(m, companies.toString(), free.toString()));
            }
        }
        return new InstallmentChoices(List.copyOf(months));
    }

    /** False below 50,000 won: 일시불 only. */
    public boolean offered() {
        return !months.isEmpty();
    }
}
