package com.market25.admin.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else as problem details too: JAX-RS's own refusals (404, 405, 415, a body that is
 * not JSON) keep their status; anything unexpected is logged and answered 500 without a stack.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Exception failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            String key = status.getStatusCode() == 404 ? "error.api.notFound" : "error.api.invalid";
            return Problem.of(status, Problem.domainText(null, key));
        }
        if (failure instanceof jakarta.json.JsonException) {
            return Problem.of(Response.Status.BAD_REQUEST, Problem.domainText(null, "error.api.badJson"));
        }
        LOG.log(Level.WARNING, "API request failed", failure);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, Problem.domainText(null, "error.api.failed"));
    }
}
