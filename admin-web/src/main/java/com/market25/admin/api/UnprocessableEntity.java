package com.market25.admin.api;

import jakarta.ws.rs.core.Response;

/** HTTP 422, which JAX-RS 3.1 has no constant for. */
public final class UnprocessableEntity {

    public static final Response.StatusType STATUS = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private UnprocessableEntity() {
    }
}
