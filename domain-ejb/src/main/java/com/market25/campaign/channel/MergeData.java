package com.market25.campaign.channel;

import java.io.Serializable;

/**
 * What the merge fields of one customer stand for (MKT-05), as {@link MergeSql} reads them for a
 * whole batch at once. A value the customer has none of (no purchase yet, no RFM grade) is empty.
 */
public record MergeData(long customerId, String memberNo, String name, String grade, String lastProduct,
        boolean erased) implements Serializable {

    /** The value of a field; the coupon is not stored and comes from {@link CouponCodes}. */
    String value(MergeField field, CouponCodes coupons, long templateId) {
        return switch (field) {
            case NAME -> name;
            case GRADE -> grade == null ? "" : grade;
            case LAST_PRODUCT -> lastProduct == null ? "" : lastProduct;
            case MEMBER_NO -> memberNo;
            case COUPON -> coupons.code(templateId, customerId);
        };
    }
}
