package com.market25.customerimport;

import com.market25.customer.ContactKeys;
import java.util.Objects;

/**
 * The merge-purge rule on two customers' contact data, with the keys of {@link ContactKeys}:
 * the same phone or the same e-mail is a sure match (merged at once); the same name and address,
 * or the same name at the same company, without a sure match is doubtful (staff decide); anything
 * else is two customers. The import applies the same rule in SQL on the stored keys
 * ({@link ImportApplication}); this class states it for one pair, for the screens and the tests.
 */
public enum MatchRule {
    PHONE(true), EMAIL(true), NAME_ADDRESS(false), COMPANY(false), NONE(false);

    private final boolean sure;

    MatchRule(boolean sure) {
        this.sure = sure;
    }

    /** Whether this rule merges without asking. */
    public boolean sure() {
        return sure;
    }

    /** Contact data as a file or a customer record has it. */
    public record Contact(String name, String phone, String email, String address, String company) {
    }

    /** How {@code a} and {@code b} match: the first rule that holds, strongest first. */
    public static MatchRule of(Contact a, Contact b) {
        if (same(ContactKeys.phone(a.phone()), ContactKeys.phone(b.phone()))) {
            return PHONE;
        }
        if (same(ContactKeys.email(a.email()), ContactKeys.email(b.email()))) {
            return EMAIL;
        }
        if (same(ContactKeys.nameAndAddress(a.name(), a.address()), ContactKeys.nameAndAddress(b.name(), b.address()))) {
            return NAME_ADDRESS;
        }
        String nameA = ContactKeys.name(a.name());
        String companyA = ContactKeys.company(a.company());
        if (nameA != null && companyA != null && nameA.equals(ContactKeys.name(b.name()))
                && companyA.equals(ContactKeys.company(b.company()))) {
            return COMPANY;
        }
        return NONE;
    }

    private static boolean same(String x, String y) {
        return x != null && Objects.equals(x, y);
    }
}
