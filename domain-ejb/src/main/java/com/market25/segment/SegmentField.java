package com.market25.segment;

import java.util.Arrays;
import java.util.List;

/**
 * What a segment can ask about a customer. Codes of SET fields with fixed options must be among
 * {@link #options()}; free codes (products, categories, import sources) are bound as parameters
 * like every other value, never written into the SQL. The {@link FieldGroup#USER} fields stand
 * for every user-defined field: the condition carries the field's code
 * ({@link RuleCondition#userField()}) and the field's definition says the rest.
 */
public enum SegmentField {
    AGE_BAND(FieldGroup.PROFILE, FieldKind.SET, "10", "20", "30", "40", "50", "60", "70"),
    GENDER(FieldGroup.PROFILE, FieldKind.SET, "M", "F"),
    REGION(FieldGroup.PROFILE, FieldKind.SET, Arrays.stream(Region.values()).map(Enum::name).toArray(String[]::new)),
    MEMBER_TYPE(FieldGroup.PROFILE, FieldKind.SET, "INTERNET", "REGULAR", "AGENCY"),
    CONSENT_EMAIL(FieldGroup.PROFILE, FieldKind.FLAG),
    CONSENT_SMS(FieldGroup.PROFILE, FieldKind.FLAG),
    CONSENT_DM(FieldGroup.PROFILE, FieldKind.FLAG),
    CONSENT_PHONE(FieldGroup.PROFILE, FieldKind.FLAG),
    RFM_CELL(FieldGroup.RFM, FieldKind.SET),
    R_SCORE(FieldGroup.RFM, FieldKind.RANGE),
    F_SCORE(FieldGroup.RFM, FieldKind.RANGE),
    M_SCORE(FieldGroup.RFM, FieldKind.RANGE),
    RFM_GRADE(FieldGroup.RFM, FieldKind.SET),
    RFM_VALUE(FieldGroup.RFM, FieldKind.RANGE),
    /** the cell the customer is in now (MKT-13: updated by every paid order) */
    CURRENT_CELL(FieldGroup.RFM, FieldKind.SET),
    PURCHASE_CATEGORY(FieldGroup.PURCHASE, FieldKind.SET),
    PURCHASE_PRODUCT(FieldGroup.PURCHASE, FieldKind.SET),
    PURCHASE_AMOUNT(FieldGroup.PURCHASE, FieldKind.RANGE),
    PURCHASE_COUNT(FieldGroup.PURCHASE, FieldKind.RANGE),
    ORIGIN(FieldGroup.IMPORT, FieldKind.SET, "SHOP", "STAFF", "IMPORT"),
    IMPORT_SOURCE(FieldGroup.IMPORT, FieldKind.SET),
    /** a user-defined field's value (the condition names the field by its code) */
    USER_FIELD(FieldGroup.USER, FieldKind.BY_FIELD_TYPE),
    /** "true": the user-defined field is filled in; "false": it is not */
    USER_FIELD_FILLED(FieldGroup.USER, FieldKind.FLAG);

    private final FieldGroup group;
    private final FieldKind kind;
    private final List<String> options;

    SegmentField(FieldGroup group, FieldKind kind, String... options) {
        this.group = group;
        this.kind = kind;
        this.options = List.of(options);
    }

    public FieldGroup group() {
        return group;
    }

    public FieldKind kind() {
        return kind;
    }

    /** Fixed codes to pick from; empty when codes are free (cells, products, categories …). */
    public List<String> options() {
        return options;
    }

    public boolean hasPeriod() {
        return group == FieldGroup.PURCHASE;
    }

    /** Whether the condition names a user-defined field by its code. */
    public boolean isUserField() {
        return group == FieldGroup.USER;
    }

    public boolean readsSnapshot() {
        return group == FieldGroup.RFM && this != CURRENT_CELL;
    }

    /** Message key of its label. */
    public String labelKey() {
        return "segment.field." + name();
    }
}
