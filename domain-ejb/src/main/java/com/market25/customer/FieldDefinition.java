package com.market25.customer;

import java.io.Serializable;
import java.util.List;

/** A user-defined field (MEM-05) with its choices when it is a code list. */
public record FieldDefinition(long id, String code, String label, FieldType type, boolean active,
        List<FieldOption> options) implements Serializable {

    /** One choice of a code-list field. */
    public record FieldOption(String code, String label) implements Serializable {
    }

    /** The label of a code, or the code itself when it is no longer listed. */
    public String labelOf(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).map(FieldOption::label).findFirst()
                .orElse(optionCode);
    }
}
