package com.market25.phoneorder;

import com.market25.common.Checks;
import com.market25.ordering.FormKey;
import com.market25.ordering.Recipient;
import com.market25.ordering.RecipientKind;
import java.util.regex.Pattern;

/**
 * The rules of a phone order's logistics and payment (ORD-03), without the database.
 *
 * <ul>
 * <li>택배 (PARCEL): to the customer's home, work or another address. For home and work an empty
 * address takes the customer's own; another address must be typed in full.</li>
 * <li>지사 수령 (BRANCH_PICKUP): a branch code (4 digits, as staff branches are written); the slip's
 * recipient is the customer collecting it at that branch, no parcel address is asked.</li>
 * <li>카드 (CARD_BY_PHONE) needs the card fields; 결제 대기 (PAY_LATER) none.</li>
 * </ul>
 */
public final class PhoneOrderRules {

    private static final Pattern BRANCH = Pattern.compile("\\d{4}");
    /** The postal code a pickup slip carries when the customer has none on record. */
    static final String NO_POSTAL_CODE = "00000";

    private PhoneOrderRules() {
    }

    /** Adds every problem of the form that needs no database, keyed by the form's field names. */
    public static void check(Checks checks, PhoneOrderRequest r) {
        checks.that(FormKey.isWellFormed(r.formKey()), "formKey", "error.formKey")
                .that(r.logistics() != null, "logistics", "error.required")
                .that(r.payment() != null, "payment", "error.required");
        if (r.logistics() == LogisticsMethod.BRANCH_PICKUP) {
            checks.required("pickupBranch", r.pickupBranch());
            if (!checks.has("pickupBranch")) {
                checks.that(BRANCH.matcher(r.pickupBranch().trim()).matches(), "pickupBranch", "error.branchCode");
            }
        } else if (r.logistics() == LogisticsMethod.PARCEL) {
            checks.that(r.recipientKind() != null, "recipientKind", "error.required");
        }
        if (r.payment() == PhonePayment.CARD_BY_PHONE) {
            if (r.card() == null) {
                checks.reject("cardNumber", "error.required");
            } else {
                r.card().check(checks);
            }
        }
    }

    /** The slip's recipient for the chosen logistics method; its own checks follow ({@link Recipient#check}). */
    public static Recipient recipient(PhoneOrderRequest r, PhoneCustomer customer) {
        String name = orElse(r.recipientName(), customer.name());
        String phone = orElse(r.recipientPhone(), customer.phone());
        if (r.logistics() == LogisticsMethod.BRANCH_PICKUP) {
            String branch = r.pickupBranch() == null ? "" : r.pickupBranch().trim();
            return new Recipient(RecipientKind.OTHER, name, phone,
                    orElse(customer.postalCode(), NO_POSTAL_CODE), pickupAddress(branch), r.deliveryNote());
        }
        RecipientKind kind = r.recipientKind();
        String postal = r.recipientPostalCode();
        String address = r.recipientAddress();
        if (kind == RecipientKind.HOME && blank(address)) {
            postal = orElse(postal, customer.postalCode());
            address = customer.address();
        } else if (kind == RecipientKind.WORK && blank(address)) {
            postal = orElse(postal, customer.workPostalCode());
            address = customer.workAddress();
            name = orElse(r.recipientName(), customer.name());
        }
        return new Recipient(kind, name, phone, postal, address, r.deliveryNote());
    }

    /** What the slip's address says for a pickup: the branch, in the slip's own words. */
    public static String pickupAddress(String branch) {
        return "[지사 수령] " + branch + " 지사";
    }

    private static String orElse(String typed, String fallback) {
        return blank(typed) ? fallback : typed.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
