package com.market25.segment;

import java.time.LocalDate;
import java.util.List;

/**
 * One condition: a field and its values ({@link FieldKind} says how many and what), for purchase
 * fields an optional period, for RFM fields an optional snapshot (absent: the latest snapshot
 * over all customers), for user-defined fields ({@link FieldGroup#USER}) the field's code in
 * {@code userField}. {@code negated} makes it NOT.
 */
public record RuleCondition(SegmentField field, String userField, List<String> values, LocalDate from, LocalDate to,
        Long snapshotId, boolean negated) implements SegmentRule {

    public RuleCondition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A condition on one of the fixed fields. */
    public RuleCondition(SegmentField field, List<String> values, LocalDate from, LocalDate to, Long snapshotId,
            boolean negated) {
        this(field, null, values, from, to, snapshotId, negated);
    }

    public static RuleCondition of(SegmentField field, String... values) {
        return new RuleCondition(field, List.of(values), null, null, null, false);
    }

    /** A condition on the user-defined field {@code code} ({@link SegmentField#USER_FIELD} or {@code _FILLED}). */
    public static RuleCondition ofUserField(SegmentField field, String code, String... values) {
        return new RuleCondition(field, code, List.of(values), null, null, null, false);
    }

    @Override
    public int conditionCount() {
        return 1;
    }

    @Override
    public boolean namesUserField() {
        return field != null && field.isUserField();
    }
}
