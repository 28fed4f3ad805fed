package com.market25.payment;

import com.market25.common.Checks;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * An installment plan as staff type it: card company, valid from/to, the months allowed and the
 * interest-free ones, as lists like {@code 2,3,6} (typed text, checked here, so a refused form
 * keeps it). {@code id} null = a new plan.
 */
public record InstallmentPlanForm(Long id, CardCompany company, LocalDate validFrom, LocalDate validTo,
        String months, String interestFreeMonths) implements Serializable {

    public void check(Checks checks) {
        checks.that(company != null, "company", "error.required");
        checks.that(validFrom != null, "validFrom", "error.required");
        checks.that(validFrom == null || validTo == null || !validTo.isBefore(validFrom), "validTo",
                "error.installmentPlan.period");
        checks.maxLength("months", months, 60).maxLength("interestFreeMonths", interestFreeMonths, 60);
        Set<Integer> allowed = parse(months);
        Set<Integer> free = parse(interestFreeMonths);
        checks.that(allowed != null, "months", "error.installmentPlan.months");
        checks.that(free != null, "interestFreeMonths", "error.installmentPlan.months");
        if (allowed != null && free != null) {
            checks.that(allowed.containsAll(free), "interestFreeMonths", "error.installmentPlan.freeNotAllowed");
        }
    }

    /** The months typed, each 2..12; null when the text is not such a list (empty = none). */
    static Set<Integer> parse(String text) {
        Set<Integer> set = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return set;
        }
        if (text.length() > 60) {
            return null;
        }
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,2}")) {
                return null;
            }
            int n = Integer.parseInt(part);
            if (n < InstallmentRule.MIN_MONTHS || n > InstallmentRule.MAX_MONTHS) {
                return null;
            }
            set.add(n);
        }
        return set;
    }

    Set<Integer> allowedMonths() {
        return parse(months);
    }

    Set<Integer> freeMonths() {
        return parse(interestFreeMonths);
    }
}
