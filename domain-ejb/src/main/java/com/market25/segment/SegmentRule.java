package com.market25.segment;

/**
 * A segment's rule: a tree of groups (AND / OR, each may be negated) over conditions. Turned into
 * parameterised SQL by {@link SegmentSql}; stored as JSON by {@link RuleJson}.
 */
public sealed interface SegmentRule permits RuleGroup, RuleCondition {

    /** Deepest nesting a rule may have, and the most conditions: keeps the SQL a size MariaDB plans fast. */
    int MAX_DEPTH = 6;
    int MAX_CONDITIONS = 60;

    boolean negated();

    int conditionCount();

    /** Whether a condition names a user-defined field (then evaluating it reads their definitions). */
    boolean namesUserField();
}
