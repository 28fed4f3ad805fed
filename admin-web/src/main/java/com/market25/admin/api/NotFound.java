package com.market25.admin.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** 404 as problem details, in the caller's language. */
public final class NotFound {

    private NotFound() {
    }

    public static Response of(HttpHeaders headers) {
        return Problem.of(Response.Status.NOT_FOUND, Problem.domainText(language(headers), "error.api.notFound"));
    }

    public static Locale language(HttpHeaders headers) {
        return headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.KOREAN : headers.getAcceptableLanguages().get(0);
    }
}
