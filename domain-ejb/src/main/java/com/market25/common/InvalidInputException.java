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
    private final Map<String, Object[]> arguments;

    public InvalidInputException(Map<String, String> fieldErrors) {
        this(fieldErrors, Map.of());
    }

    /** Field errors, some of them with arguments for their messages (see {@link #arguments}). */
    public InvalidInputException(Map<String, String> fieldErrors, Map<String, Object[]> arguments) {
        super("invalid input: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
        this.arguments = Map.copyOf(arguments);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    /**
     * One field's message with arguments for its {0}, {1} … (e.g. the characters an SMS cannot
     * carry), so the message can name what to correct.
     */
    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(Map.of(field, messageKey), Map.of(field, args.clone()));
    }

    /** Field name (as on the form) to message key in {@code com.market25.i18n.Messages}. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The arguments of a field's message; none for most messages. */
    public Object[] arguments(String field) {
        Object[] args = arguments.get(field);
        return args == null ? new Object[0] : args.clone();
    }
}
