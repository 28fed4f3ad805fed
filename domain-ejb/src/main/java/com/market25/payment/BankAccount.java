package com.market25.payment;

import com.market25.common.Checks;
import java.io.Serializable;

/**
 * The account a bank refund goes to (환불계좌): bank, account number, holder. Stored as given (staff
 * must transfer to it); shown only masked ({@link #mask}).
 */
public record BankAccount(String bank, String number, String holder) implements Serializable {

    public static final int BANK_MAX = 40;
    public static final int NUMBER_MAX = 30;
    public static final int HOLDER_MAX = 60;

    /** Blank fields become null; the number keeps its digits and hyphens only as typed. */
    public static BankAccount of(String bank, String number, String holder) {
        return new BankAccount(trim(bank), trim(number), trim(holder));
    }

    public boolean isEmpty() {
        return bank == null && number == null && holder == null;
    }

    /** Every field against its column and form, under {@code prefix} + field name. */
    public void check(Checks checks, String prefix) {
        checks.required(prefix + "Bank", bank).maxLength(prefix + "Bank", bank, BANK_MAX);
        checks.required(prefix + "Holder", holder).maxLength(prefix + "Holder", holder, HOLDER_MAX);
        checks.required(prefix + "Number", number);
        if (number != null) {
            String digits = number.replace("-", "");
            checks.that(number.length() <= NUMBER_MAX && number.matches("[0-9-]+") && digits.length() >= 6
                    && digits.length() <= 20, prefix + "Number", "error.accountNumber");
        }
    }

    /** All but the last four digits hidden, hyphens kept: 123-45-6789012 → ***-**-***9012. */
    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        int digits = (int) number.chars().filter(Character::isDigit).count();
        int keep = Math.min(4, digits);
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen > digits - keep ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "BankAccount[" + bank + ", " + mask(number) + ", " + holder + "]";
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
