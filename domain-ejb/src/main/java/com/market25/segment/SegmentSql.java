package com.market25.segment;

import com.market25.common.InvalidInputException;
import com.market25.customer.FieldDefinition;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a {@link SegmentRule} into a WHERE condition over {@code member m} with {@code ?}
 * placeholders and the values to bind, in order. The SQL text comes only from this class and the
 * field's own fragments; every value a user typed or picked is a parameter. A rule that cannot be
 * right (unknown option, bad number, too deep) is refused with {@code rule} /
 * {@code error.segment.rule} before any SQL is made; a user-defined field the server does not
 * know with {@code error.segment.userField}, a code that is not among its options with
 * {@code error.segment.userFieldOption}.
 */
public final class SegmentSql {

    /** The WHERE condition and its parameters. */
    public record Where(String sql, List<Object> parameters) {
    }

    private static final Pattern CELL = Pattern.compile("[1-5]{3}");
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}_.\\- ]{1,40}");
    private static final int MAX_VALUES = 200;
    /** what the columns of user-defined values hold (V22: VARCHAR(300), DECIMAL(18,4)) */
    private static final int MAX_TEXT = 300;
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,14}(\\.\\d{1,4})?");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The latest snapshot over all customers, for RFM conditions that name none. */
    private static final String LATEST_SNAPSHOT =
            "(SELECT MAX(ls.id) FROM rfm_snapshot ls WHERE ls.segment_id IS NULL)";

    private final LocalDate today;
    private final UserFields userFields;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private SegmentSql(LocalDate today, UserFields userFields) {
        this.today = today;
        this.userFields = userFields;
    }

    /**
     * {@code today} decides age bands; {@code userFields} are the definitions of the user-defined
     * fields (the server's, inactive ones included), which say a named field's type and options.
     */
    public static Where where(SegmentRule rule, LocalDate today, UserFields userFields) {
        if (rule == null || rule.conditionCount() > SegmentRule.MAX_CONDITIONS
                || (rule instanceof RuleGroup g && g.depth() > SegmentRule.MAX_DEPTH)) {
            throw refused();
        }
        SegmentSql builder = new SegmentSql(today, userFields);
        builder.append(rule);
        return new Where(builder.sql.toString(), Collections.unmodifiableList(builder.parameters));
    }

    private void append(SegmentRule rule) {
        if (rule.negated()) {
            sql.append("NOT ");
        }
        sql.append('(');
        if (rule instanceof RuleGroup group) {
            group(group);
        } else {
            condition((RuleCondition) rule);
        }
        sql.append(')');
    }

    private void group(RuleGroup group) {
        if (group.parts().isEmpty()) {
            sql.append(group.logic() == Logic.AND ? "TRUE" : "FALSE");
            return;
        }
        String joiner = group.logic() == Logic.AND ? " AND " : " OR ";
        for (int i = 0; i < group.parts().size(); i++) {
            if (i > 0) {
                sql.append(joiner);
            }
            append(group.parts().get(i));
        }
    }

    private void condition(RuleCondition c) {
        SegmentField field = c.field();
        if (field == null) {
            throw refused();
        }
        switch (field) {
            case AGE_BAND -> ageBands(codes(c));
            case GENDER -> in("m.gender", codes(c));
            case REGION -> regions(codes(c));
            case MEMBER_TYPE -> in("m.member_type", codes(c));
            case CONSENT_EMAIL -> flag("m.consent_email", c);
            case CONSENT_SMS -> flag("m.consent_sms", c);
            case CONSENT_DM -> flag("m.consent_dm", c);
            case CONSENT_PHONE -> flag("m.consent_phone", c);
            case RFM_CELL -> snapshotColumnIn(c, "x.cell", cells(c).stream().map(Integer::valueOf).toList());
            case R_SCORE -> snapshotRange(c, "x.r");
            case F_SCORE -> snapshotRange(c, "x.f");
            case M_SCORE -> snapshotRange(c, "x.m");
            case RFM_VALUE -> snapshotRange(c, "x.score");
            case RFM_GRADE -> snapshotColumnIn(c, "x.grade", codes(c));
            case CURRENT_CELL -> {
                sql.append("EXISTS (SELECT 1 FROM rfm_customer_current x WHERE x.customer_id = m.id AND ");
                in("x.r * 100 + x.f * 10 + x.m", cells(c).stream().map(Integer::valueOf).toList());
                sql.append(')');
            }
            case PURCHASE_PRODUCT -> {
                sql.append("EXISTS (SELECT 1 FROM purchase_history p JOIN purchase_item i ON i.purchase_id = p.id"
                        + " WHERE p.customer_id = m.id AND p.cancelled = FALSE");
                period(c);
                sql.append(" AND ");
                in("i.product_code", codes(c));
                sql.append(')');
            }
            case PURCHASE_CATEGORY -> {
                List<String> codes = codes(c);
                sql.append("EXISTS (SELECT 1 FROM purchase_history p JOIN purchase_item i ON i.purchase_id = p.id"
                        + " JOIN product pr ON pr.code = i.product_code JOIN category cat ON cat.id = pr.category_id"
                        + " LEFT JOIN category up ON up.id = cat.parent_id"
                        + " WHERE p.customer_id = m.id AND p.cancelled = FALSE");
                period(c);
                // a shop corner matches its own products and those of its sub-categories
                sql.append(" AND (");
                in("cat.code", codes);
                sql.append(" OR ");
                in("up.code", codes);
                sql.append("))");
            }
            case PURCHASE_AMOUNT -> purchaseAggregate(c, "COALESCE(SUM(p.amount), 0)");
            case PURCHASE_COUNT -> purchaseAggregate(c, "COUNT(*)");
            case ORIGIN -> in("m.origin", codes(c));
            case IMPORT_SOURCE -> in("m.external_source", codes(c));
            case USER_FIELD -> userValue(c);
            case USER_FIELD_FILLED -> {
                if (!flagValue(c)) {
                    sql.append("NOT ");
                }
                userValueExists(definition(c));
                sql.append(')');
            }
        }
    }

    /**
     * A user-defined field's value: its type (from the definition, not the rule) picks the column
     * and how the values compare. Only a filled-in field has a row, and a row holds its value in
     * its type's column only.
     */
    private void userValue(RuleCondition c) {
        FieldDefinition field = definition(c);
        String column = userColumn(field);
        switch (field.type()) {
            case TEXT -> {
                List<String> texts = texts(c);
                userValueExists(field);
                sql.append(" AND ");
                in(column, texts);
            }
            case CODE -> {
                List<String> codes = options(c, field);
                userValueExists(field);
                sql.append(" AND ");
                in(column, codes);
            }
            case NUMBER -> {
                Object[] bounds = bounds(c, SegmentSql::decimal);
                userValueExists(field);
                sql.append(" AND ");
                range(column, bounds);
            }
            case DATE -> {
                Object[] bounds = bounds(c, v -> Date.valueOf(isoDate(v)));
                userValueExists(field);
                sql.append(" AND ");
                range(column, bounds);
            }
            default -> throw refused();
        }
        sql.append(')');
    }

    /**
     * "EXISTS (… the customer's row of the field, with a value in its type's column": open, the
     * caller adds conditions on the column and closes it. The field and the column lead, as in the
     * type's index {@code ix_field_value_<type> (field_id, <type>_value)}.
     */
    private void userValueExists(FieldDefinition field) {
        sql.append("EXISTS (SELECT 1 FROM customer_field_value v WHERE v.field_id = ? AND ")
                .append(userColumn(field)).append(" IS NOT NULL AND v.customer_id = m.id");
        parameters.add(field.id());
    }

    private static String userColumn(FieldDefinition field) {
        return switch (field.type()) {
            case TEXT -> "v.text_value";
            case NUMBER -> "v.number_value";
            case DATE -> "v.date_value";
            case CODE -> "v.code_value";
        };
    }

    private FieldDefinition definition(RuleCondition c) {
        return userFields.find(c.userField())
                .orElseThrow(() -> InvalidInputException.of("rule", "error.segment.userField"));
    }

    /** Texts compared whole (as the column's collation compares them), at least one. */
    private static List<String> texts(RuleCondition c) {
        List<String> values = c.values().stream().map(v -> v == null ? "" : v.strip()).distinct().toList();
        if (values.isEmpty() || values.size() > MAX_VALUES
                || values.stream().anyMatch(v -> v.isEmpty() || v.codePointCount(0, v.length()) > MAX_TEXT)) {
            throw refused();
        }
        return values;
    }

    /** Codes of a code-list field: at least one, each among the field's options. */
    private static List<String> options(RuleCondition c, FieldDefinition field) {
        List<String> values = c.values().stream().map(v -> v == null ? "" : v.strip()).distinct().toList();
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw refused();
        }
        for (String v : values) {
            if (field.options().stream().noneMatch(o -> o.code().equals(v))) {
                throw InvalidInputException.of("rule", "error.segment.userFieldOption");
            }
        }
        return values;
    }

    private void ageBands(List<String> bands) {
        // age in whole years today: band 20 is 20..29, band 70 is 70 and over
        for (int i = 0; i < bands.size(); i++) {
            int band = Integer.parseInt(bands.get(i));
            if (i > 0) {
                sql.append(" OR ");
            }
            sql.append("(m.birth_date <= ?");
            parameters.add(Date.valueOf(today.minusYears(band)));
            if (band < 70) {
                sql.append(" AND m.birth_date > ?");
                parameters.add(Date.valueOf(today.minusYears(band + 10L)));
            }
            sql.append(')');
        }
    }

    private void regions(List<String> codes) {
        boolean first = true;
        for (String code : codes) {
            for (String prefix : Region.valueOf(code).prefixes()) {
                if (!first) {
                    sql.append(" OR ");
                }
                first = false;
                sql.append("m.address LIKE ?");
                parameters.add(prefix + "%");
            }
        }
    }

    private void flag(String column, RuleCondition c) {
        sql.append(column).append(" = ?");
        parameters.add(flagValue(c));
    }

    private static boolean flagValue(RuleCondition c) {
        if (c.values().size() != 1 || !List.of("true", "false").contains(c.values().get(0))) {
            throw refused();
        }
        return Boolean.parseBoolean(c.values().get(0));
    }

    private void snapshot(RuleCondition c) {
        sql.append("EXISTS (SELECT 1 FROM rfm_snapshot_customer x WHERE x.snapshot_id = ");
        if (c.snapshotId() == null) {
            sql.append(LATEST_SNAPSHOT);
        } else {
            sql.append('?');
            parameters.add(c.snapshotId());
        }
        sql.append(" AND x.customer_id = m.id AND ");
    }

    private void snapshotColumnIn(RuleCondition c, String column, List<?> values) {
        snapshot(c);
        in(column, values);
        sql.append(')');
    }

    private void snapshotRange(RuleCondition c, String column) {
        snapshot(c);
        range(column, bounds(c, SegmentSql::whole));
        sql.append(')');
    }

    private void purchaseAggregate(RuleCondition c, String aggregate) {
        sql.append("(SELECT ").append(aggregate).append(" FROM purchase_history p WHERE p.customer_id = m.id"
                + " AND p.cancelled = FALSE");
        period(c);
        sql.append(") ");
        // the aggregate is the subject: "BETWEEN ? AND ?", ">= ?", "<= ?"
        Object[] bounds = bounds(c, SegmentSql::whole);
        if (bounds[0] != null && bounds[1] != null) {
            sql.append("BETWEEN ? AND ?");
            parameters.add(bounds[0]);
            parameters.add(bounds[1]);
        } else if (bounds[0] != null) {
            sql.append(">= ?");
            parameters.add(bounds[0]);
        } else {
            sql.append("<= ?");
            parameters.add(bounds[1]);
        }
    }

    private void period(RuleCondition c) {
        if (c.from() != null) {
            sql.append(" AND p.purchased_on >= ?");
            parameters.add(Date.valueOf(c.from()));
        }
        if (c.to() != null) {
            sql.append(" AND p.purchased_on <= ?");
            parameters.add(Date.valueOf(c.to()));
        }
        if (c.from() != null && c.to() != null && c.from().isAfter(c.to())) {
            throw refused();
        }
    }

    private void range(String column, Object[] bounds) {
        if (bounds[0] != null) {
            sql.append(column).append(" >= ?");
            parameters.add(bounds[0]);
        }
        if (bounds[1] != null) {
            sql.append(bounds[0] != null ? " AND " : "").append(column).append(" <= ?");
            parameters.add(bounds[1]);
        }
    }

    /**
     * min and max of a range (RANGE fields, user-defined numbers and dates): at least one given,
     * each read by {@code parse} (which refuses what is not its kind), min ≤ max.
     */
    private static <T extends Comparable<? super T>> Object[] bounds(RuleCondition c, Function<String, T> parse) {
        if (c.values().isEmpty() || c.values().size() > 2) {
            throw refused();
        }
        List<T> bounds = new ArrayList<>(Collections.nCopies(2, null));
        for (int i = 0; i < c.values().size(); i++) {
            String v = c.values().get(i) == null ? "" : c.values().get(i).trim();
            if (!v.isEmpty()) {
                bounds.set(i, parse.apply(v));
            }
        }
        T min = bounds.get(0);
        T max = bounds.get(1);
        if (min == null && max == null || min != null && max != null && min.compareTo(max) > 0) {
            throw refused();
        }
        return bounds.toArray();
    }

    /** A whole number as people write it (100,000). */
    private static BigDecimal whole(String v) {
        String digits = v.replace(",", "");
        if (!WHOLE.matcher(digits).matches()) {
            throw refused();
        }
        return new BigDecimal(digits);
    }

    /** A number as a user-defined field holds it: 14 digits, 4 decimals (1,200.5). */
    private static BigDecimal decimal(String v) {
        String digits = v.replace(",", "");
        if (!DECIMAL.matcher(digits).matches()) {
            throw refused();
        }
        return new BigDecimal(digits);
    }

    private static LocalDate isoDate(String v) {
        try {
            return LocalDate.parse(v, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw refused();
        }
    }

    private void in(String column, List<?> values) {
        sql.append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            parameters.add(values.get(i));
        }
        sql.append(')');
    }

    /** The codes of a SET condition: at least one, known options only where the field has them. */
    private static List<String> codes(RuleCondition c) {
        List<String> values = c.values().stream().map(v -> v == null ? "" : v.trim()).distinct().toList();
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw refused();
        }
        for (String v : values) {
            boolean known = c.field().options().isEmpty() ? CODE.matcher(v).matches() : c.field().options().contains(v);
            if (!known) {
                throw refused();
            }
        }
        return values;
    }

    private static List<String> cells(RuleCondition c) {
        List<String> cells = codes(c);
        if (!cells.stream().allMatch(v -> CELL.matcher(v).matches())) {
            throw refused();
        }
        return cells;
    }

    private static InvalidInputException refused() {
        return InvalidInputException.of("rule", "error.segment.rule");
    }
}
