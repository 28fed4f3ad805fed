package com.market25.admin.api;

import com.market25.admin.i18n.Texts;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/**
 * An API error as RFC 9457 problem details: {@code title} and {@code detail} in Korean (English
 * when the request's Accept-Language asks for it), {@code status}, and for input errors the
 * message per field under {@code errors}.
 */
public final class Problem {

    public static final MediaType JSON = new MediaType("application", "problem+json", "UTF-8");

    private Problem() {
    }

    public static Response of(Response.StatusType status, String detail) {
        return of(status, detail, Map.of());
    }

    public static Response of(Response.StatusType status, String detail, Map<String, String> fieldMessages) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail);
        if (!fieldMessages.isEmpty()) {
            JsonObjectBuilder errors = Json.createObjectBuilder();
            fieldMessages.forEach(errors::add);
            body.add("errors", errors);
        }
        return Response.status(status).type(JSON).entity(body.build().toString()).build();
    }

    /** A domain message key (com.market25.i18n.Messages) in the caller's language. */
    public static String domainText(Locale locale, String key, Object... args) {
        return Texts.domain(Texts.supported(locale == null ? "ko" : locale.getLanguage()), key, args);
    }
}
