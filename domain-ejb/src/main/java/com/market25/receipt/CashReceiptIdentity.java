package com.market25.receipt;

import com.market25.common.Checks;
import java.util.regex.Pattern;

/**
 * The identity a cash receipt is issued to: a mobile phone number for 소득공제, a business
 * registration number (사업자등록번호) for 지출증빙. A resident registration number is refused:
 * the shop never takes one.
 */
public final class CashReceiptIdentity {

    private static final Pattern MOBILE = Pattern.compile("01[016789]-?\\d{3,4}-?\\d{4}");
    private static final Pattern BUSINESS = Pattern.compile("\\d{3}-?\\d{2}-?\\d{5}");

    private CashReceiptIdentity() {
    }

    /** Digits only, once {@link #check} passed. */
    public static String normalised(String number) {
        return number == null ? "" : number.replaceAll("[^0-9]", "");
    }

    /** Adds the problems of the purpose and number to {@code checks} (fields {@code purpose}, {@code identity}). */
    public static void check(Checks checks, CashReceiptPurpose purpose, String number) {
        checks.that(purpose != null, "purpose", "error.required").required("identity", number)
                .maxLength("identity", number, 20);
        if (purpose == null || checks.has("identity")) {
            return;
        }
        String n = number.trim();
        if (normalised(n).length() == 13) {
            checks.reject("identity", "error.receipt.residentNumber");
            return;
        }
        boolean ok = purpose == CashReceiptPurpose.INCOME_DEDUCTION ? MOBILE.matcher(n).matches()
                : BUSINESS.matcher(n).matches();
        checks.that(ok, "identity", purpose == CashReceiptPurpose.INCOME_DEDUCTION
                ? "error.receipt.identityPhone" : "error.receipt.identityBusiness");
    }

    /** As a receipt prints it: a phone number with its middle hidden, a business number in full. */
    public static String shown(CashReceiptPurpose purpose, String digits) {
        if (purpose == CashReceiptPurpose.EXPENSE_PROOF && digits.length() == 10) {
            return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
        }
        if (digits.length() >= 10) {
            return digits.substring(0, 3) + "-****-" + digits.substring(digits.length() - 4);
        }
        return "****";
    }
}
