package com.market25.payment;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SortedMap;

/** One card company's installment plan (months → interest-free) for a period. */
public record InstallmentPlanView(long id, CardCompany company, LocalDate validFrom, LocalDate validTo,
        SortedMap<Integer, Boolean> months, LocalDateTime updatedAt, String updatedBy) implements Serializable {

    /** "2,3,4,5,6" */
    public String monthsText() {
        return String.join(",", months.keySet().stream().map(String::valueOf).toList());
    }

    /** "2,3" */
    public String interestFreeText() {
        return String.join(",", months.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(e -> String.valueOf(e.getKey())).toList());
    }
}
