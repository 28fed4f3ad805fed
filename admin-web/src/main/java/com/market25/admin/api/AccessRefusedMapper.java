package com.market25.admin.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A boundary's {@code @RolesAllowed} refused the caller: 403 as problem details. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(EJBAccessException refused) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.KOREAN : headers.getAcceptableLanguages().get(0);
        return Problem.of(Response.Status.FORBIDDEN, Problem.domainText(locale, "error.api.forbidden"));
    }
}
