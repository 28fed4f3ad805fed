package com.market25.customer;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One user-defined field of one customer: {@code value} as staff type it (a number as
 * 1234.5, a date as 2024-03-01, a code-list field as its code), {@code display} as the page
 * shows it (a code's label); null when not filled in.
 */
public record FieldValue(FieldDefinition field, String value, String display, String updatedBy,
        LocalDateTime updatedAt) implements Serializable {
}
