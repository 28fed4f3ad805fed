package com.market25.admin.api;

import com.market25.common.InvalidInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Input a boundary refused: 422 with the message of every field, never a 500. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInputException refused) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.KOREAN : headers.getAcceptableLanguages().get(0);
        Map<String, String> messages = new LinkedHashMap<>();
        refused.fieldErrors().forEach((field, key) -> messages.put(field,
                Problem.domainText(locale, key, refused.arguments(field))));
        return Problem.of(UnprocessableEntity.STATUS, Problem.domainText(locale, "error.api.invalid"), messages);
    }
}
