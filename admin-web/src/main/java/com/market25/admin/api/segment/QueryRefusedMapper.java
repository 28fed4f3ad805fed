package com.market25.admin.api.segment;

import com.market25.admin.api.NotFound;
import com.market25.admin.api.Problem;
import com.market25.admin.api.UnprocessableEntity;
import com.market25.segment.QueryRefusedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The database refused a query-box statement: 422 with MariaDB's reason, nothing changed. */
@Provider
public class QueryRefusedMapper implements ExceptionMapper<QueryRefusedException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(QueryRefusedException refused) {
        return Problem.of(UnprocessableEntity.STATUS, Problem.domainText(NotFound.language(headers), "error.query.refused", refused.getMessage()));
    }
}
