package com.market25.common;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a customer or staff member can correct. Carries message keys per field (resolved to
 * Korean or English by the screen), never a half-done change: the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("invalid input: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    /** Field name (as on the form) to message key in {@code com.market25.i18n.Messages}. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
