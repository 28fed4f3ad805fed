package com.market25.segment;

import com.market25.customer.FieldDefinition;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The user-defined fields a rule may name, by code, as the server defined them: a condition's
 * type, column and options come from here, never from the rule. Inactive fields are included, so
 * a segment saved before its field was switched off still evaluates.
 */
public record UserFields(Map<String, FieldDefinition> byCode) {

    /** No user-defined fields: a rule that names one is refused. */
    public static final UserFields NONE = new UserFields(Map.of());

    public UserFields {
        byCode = Map.copyOf(byCode);
    }

    public static UserFields of(Collection<FieldDefinition> definitions) {
        return new UserFields(definitions.stream().collect(Collectors.toMap(FieldDefinition::code, Function.identity())));
    }

    public Optional<FieldDefinition> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }
}
