package com.market25.admin.segment;

import com.market25.customer.FieldDefinition;
import com.market25.customer.FieldType;
import com.market25.segment.FieldKind;
import com.market25.segment.Logic;
import com.market25.segment.RuleCondition;
import com.market25.segment.RuleGroup;
import com.market25.segment.SegmentField;
import com.market25.segment.SegmentRule;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One node of the rule the builder edits: a group (AND / OR, NOT, its parts) or a condition
 * (field, picked options or typed codes, min and max, period, snapshot, NOT). Mutable, for the
 * form's inputs; {@link #toRule()} makes the domain's {@link SegmentRule} of it.
 *
 * <p>A user-defined field is picked as {@value #USER_PREFIX}{@code code}; its definition (from
 * the map the bean shares with every node) says which input the screen shows. The domain checks
 * the values against its own definitions again.
 */
public class RuleNode implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the field picker names a user-defined field: the prefix, then its code. */
    public static final String USER_PREFIX = "user:";

    /** What a condition on a user-defined field asks. */
    public enum UserMatch {
        /** the value is one of, or between, the given values */
        VALUE,
        /** 값 있음 */
        FILLED,
        /** 값 없음 */
        EMPTY
    }

    private final boolean group;
    /** the user-defined fields by code, inactive ones included; shared by the whole tree */
    private final Map<String, FieldDefinition> userFields;
    private String logic = Logic.AND.name();
    private boolean negated;
    private final List<RuleNode> parts = new ArrayList<>();

    private String field = SegmentField.GENDER.name();
    private List<String> picked = new ArrayList<>();
    private String codes;
    private String min;
    private String max;
    private String flag = "true";
    private LocalDate from;
    private LocalDate to;
    private Long snapshotId;
    private UserMatch userMatch = UserMatch.VALUE;
    private LocalDate valueFrom;
    private LocalDate valueTo;

    private RuleNode(boolean group, Map<String, FieldDefinition> userFields) {
        this.group = group;
        this.userFields = userFields;
    }

    public static RuleNode newGroup(Map<String, FieldDefinition> userFields) {
        return new RuleNode(true, userFields);
    }

    public static RuleNode newCondition(Map<String, FieldDefinition> userFields) {
        return new RuleNode(false, userFields);
    }

    /** The builder's form of a saved rule (to edit a copy of it). */
    public static RuleNode of(SegmentRule rule, Map<String, FieldDefinition> userFields) {
        if (rule instanceof RuleGroup g) {
            RuleNode node = newGroup(userFields);
            node.logic = g.logic().name();
            node.negated = g.negated();
            g.parts().forEach(p -> node.parts.add(of(p, userFields)));
            return node;
        }
        RuleCondition c = (RuleCondition) rule;
        RuleNode node = newCondition(userFields);
        node.negated = c.negated();
        if (c.field().isUserField()) {
            node.field = USER_PREFIX + c.userField();
            node.userValues(c);
            return node;
        }
        node.field = c.field().name();
        node.from = c.from();
        node.to = c.to();
        node.snapshotId = c.snapshotId();
        switch (c.field().kind()) {
            case SET -> {
                if (c.field().options().isEmpty()) {
                    node.codes = String.join(", ", c.values());
                } else {
                    node.picked = new ArrayList<>(c.values());
                }
            }
            case RANGE -> {
                node.min = c.values().isEmpty() ? null : c.values().get(0);
                node.max = c.values().size() < 2 ? null : c.values().get(1);
            }
            case FLAG -> node.flag = c.values().isEmpty() ? "true" : c.values().get(0);
            case BY_FIELD_TYPE -> throw new IllegalStateException("user fields are read above");
        }
        return node;
    }

    private void userValues(RuleCondition c) {
        if (c.field() == SegmentField.USER_FIELD_FILLED) {
            userMatch = c.values().equals(List.of("false")) ? UserMatch.EMPTY : UserMatch.FILLED;
            return;
        }
        FieldType type = userType();
        String first = c.values().isEmpty() ? "" : c.values().get(0);
        String second = c.values().size() < 2 ? "" : c.values().get(1);
        if (type == FieldType.NUMBER) {
            min = first;
            max = second;
        } else if (type == FieldType.DATE) {
            valueFrom = first.isBlank() ? null : LocalDate.parse(first);
            valueTo = second.isBlank() ? null : LocalDate.parse(second);
        } else {
            picked = new ArrayList<>(c.values());
        }
    }

    public SegmentRule toRule() {
        if (group) {
            return new RuleGroup(Logic.valueOf(logic), negated, parts.stream().map(RuleNode::toRule).toList());
        }
        if (isUserField()) {
            return userRule();
        }
        SegmentField f = SegmentField.valueOf(field);
        List<String> values = switch (f.kind()) {
            case SET -> f.options().isEmpty()
                    ? Arrays.stream(codes == null ? new String[0] : codes.split("[,\\s]+")).filter(s -> !s.isBlank()).toList()
                    : picked;
            case RANGE -> List.of(min == null ? "" : min, max == null ? "" : max);
            case FLAG -> List.of(flag);
            case BY_FIELD_TYPE -> throw new IllegalStateException("user fields are made above");
        };
        return new RuleCondition(f, values, f.hasPeriod() ? from : null, f.hasPeriod() ? to : null,
                f.readsSnapshot() ? snapshotId : null, negated);
    }

    private SegmentRule userRule() {
        String code = field.substring(USER_PREFIX.length());
        if (userMatch != UserMatch.VALUE) {
            return new RuleCondition(SegmentField.USER_FIELD_FILLED, code,
                    List.of(String.valueOf(userMatch == UserMatch.FILLED)), null, null, null, negated);
        }
        FieldType type = userType();
        List<String> values;
        if (type == FieldType.NUMBER) {
            values = List.of(min == null ? "" : min, max == null ? "" : max);
        } else if (type == FieldType.DATE) {
            values = List.of(valueFrom == null ? "" : valueFrom.toString(), valueTo == null ? "" : valueTo.toString());
        } else {
            values = picked;
        }
        return new RuleCondition(SegmentField.USER_FIELD, code, values, null, null, null, negated);
    }

    /** The picked user-defined field's definition; null for a fixed field (or a field no longer defined). */
    public FieldDefinition getUserField() {
        return isUserField() ? userFields.get(field.substring(USER_PREFIX.length())) : null;
    }

    private FieldType userType() {
        FieldDefinition definition = getUserField();
        return definition == null ? null : definition.type();
    }

    public boolean isUserField() {
        return !group && field.startsWith(USER_PREFIX);
    }

    private boolean showsUserValue(FieldType type) {
        return isUserField() && userMatch == UserMatch.VALUE && userType() == type;
    }

    public boolean isShowUserTexts() {
        return showsUserValue(FieldType.TEXT);
    }

    public boolean isShowUserNumbers() {
        return showsUserValue(FieldType.NUMBER);
    }

    public boolean isShowUserDates() {
        return showsUserValue(FieldType.DATE);
    }

    public boolean isShowUserCodes() {
        return showsUserValue(FieldType.CODE);
    }

    /** The fixed field, or {@link SegmentField#USER_FIELD} for any user-defined one. */
    public SegmentField getFieldValue() {
        return isUserField() ? SegmentField.USER_FIELD : SegmentField.valueOf(field);
    }

    public boolean isShowOptions() {
        return !group && getFieldValue().kind() == FieldKind.SET && !getFieldValue().options().isEmpty();
    }

    public boolean isShowCodes() {
        return !group && getFieldValue().kind() == FieldKind.SET && getFieldValue().options().isEmpty();
    }

    public boolean isShowRange() {
        return !group && getFieldValue().kind() == FieldKind.RANGE;
    }

    public boolean isShowFlag() {
        return !group && getFieldValue().kind() == FieldKind.FLAG;
    }

    public boolean isShowPeriod() {
        return !group && getFieldValue().hasPeriod();
    }

    public boolean isShowSnapshot() {
        return !group && getFieldValue().readsSnapshot();
    }

    public boolean isGroup() {
        return group;
    }

    List<RuleNode> parts() {
        return parts;
    }

    public String getLogic() {
        return logic;
    }

    public void setLogic(String logic) {
        this.logic = logic;
    }

    public boolean isNegated() {
        return negated;
    }

    public void setNegated(boolean negated) {
        this.negated = negated;
    }

    public String getField() {
        return field;
    }

    /** A new field starts with empty values: the old ones belonged to another field. */
    public void setField(String field) {
        if (field != null && !field.equals(this.field)) {
            picked = new ArrayList<>();
            codes = null;
            min = null;
            max = null;
            userMatch = UserMatch.VALUE;
            valueFrom = null;
            valueTo = null;
        }
        this.field = field;
    }

    public UserMatch getUserMatch() {
        return userMatch;
    }

    public void setUserMatch(UserMatch userMatch) {
        this.userMatch = userMatch == null ? UserMatch.VALUE : userMatch;
    }

    public LocalDate getValueFrom() {
        return valueFrom;
    }

    public void setValueFrom(LocalDate valueFrom) {
        this.valueFrom = valueFrom;
    }

    public LocalDate getValueTo() {
        return valueTo;
    }

    public void setValueTo(LocalDate valueTo) {
        this.valueTo = valueTo;
    }

    public List<String> getPicked() {
        return picked;
    }

    public void setPicked(List<String> picked) {
        this.picked = picked == null ? new ArrayList<>() : new ArrayList<>(picked);
    }

    public String getCodes() {
        return codes;
    }

    public void setCodes(String codes) {
        this.codes = codes;
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getSnapshotId() {
        return snapshotId;
    }

    public void setSnapshotId(Long snapshotId) {
        this.snapshotId = snapshotId;
    }
}
