package com.market25.campaign.channel;

import java.util.Set;

/**
 * The one query that reads the merge values of a batch of customers (MKT-05): the member row,
 * and only for the fields the template uses a correlated subquery each, every one an index
 * lookup: the grade from {@code rfm_customer_current} weighted by {@code rfm_setting} against the
 * bands of {@code rfm_grade} (the same rule as the RFM screens), the last product from the
 * customer's newest uncancelled purchase ({@code ix_purchase_customer}) and its first item, named
 * by the catalog where the product is still there (an imported product is shown by its code).
 * One round trip per batch however many customers it has.
 */
final class MergeSql {

    private MergeSql() {
    }

    /** Parameter 1 is the list of customer ids. Columns: id, member_no, name, erased, grade, last product. */
    static String select(Set<MergeField> fields) {
        String grade = fields.contains(MergeField.GRADE)
                ? "(select g.name_ko from rfm_customer_current c join rfm_setting s on s.id = 1"
                        + " join rfm_grade g on g.min_score <= c.r * s.weight_r + c.f * s.weight_f + c.m * s.weight_m"
                        + " where c.customer_id = m.id order by g.min_score desc limit 1)"
                : "null";
        String lastProduct = fields.contains(MergeField.LAST_PRODUCT)
                ? "(select coalesce(p.name, i.product_code) from purchase_history h"
                        + " join purchase_item i on i.purchase_id = h.id"
                        + " left join product p on p.code = i.product_code"
                        + " where h.customer_id = m.id and not h.cancelled"
                        + " order by h.purchased_on desc, h.id desc, i.line_no limit 1)"
                : "null";
        return "select m.id, m.member_no, m.name, m.erased_at is not null, " + grade + ", " + lastProduct
                + " from member m where m.id in (?1)";
    }
}
