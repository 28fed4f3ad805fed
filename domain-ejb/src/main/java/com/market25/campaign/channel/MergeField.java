package com.market25.campaign.channel;

import java.util.Locale;
import java.util.Optional;

/**
 * The merge fields a template may use (MKT-05), each with its Korean and its English name:
 * {@code {{이름}}} and {@code {{name}}} are the same field. Anything else between double braces
 * is refused when the template is saved, so no customer ever gets a message with a raw
 * placeholder in it.
 */
public enum MergeField {
    /** The customer's name. */
    NAME("이름", "name"),
    /** The grade of the customer's current RFM score (rfm_grade), empty without purchases. */
    GRADE("등급", "grade"),
    /** The name of the product the customer bought last (purchase history), empty if none. */
    LAST_PRODUCT("최근상품", "lastProduct"),
    /** A personal coupon code for this customer and template ({@link CouponCodes}). */
    COUPON("쿠폰", "coupon"),
    /** The member number (회원번호), the one printed as a barcode on DM labels. */
    MEMBER_NO("회원번호", "memberNo");

    private final String korean;
    private final String english;

    MergeField(String korean, String english) {
        this.korean = korean;
        this.english = english;
    }

    public String korean() {
        return korean;
    }

    public String english() {
        return english;
    }

    /** The placeholder as staff write it in Korean, e.g. {@code {{이름}}}. */
    public String placeholder() {
        return "{{" + korean + "}}";
    }

    /** The field a placeholder's name means: Korean exactly, English without regard to case. */
    public static Optional<MergeField> named(String name) {
        String n = name.strip();
        for (MergeField f : values()) {
            if (f.korean.equals(n) || f.english.toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
