package com.market25.admin.api.imports;

import com.market25.admin.api.Problem;
import com.market25.common.InvalidInputException;
import com.market25.customerimport.AlreadyImportedException;
import com.market25.customerimport.CustomerImports;
import com.market25.customerimport.ImportFormat;
import com.market25.customerimport.ImportProgress;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;

/**
 * 고객 일괄 등록 over the API (MEM-03): {@code POST /admin/api/imports?format=…} with the file as
 * the body starts an import (202, Location); {@code GET …/imports/{id}} tells its progress;
 * {@code GET …/imports/{id}/rejects} is the rejects report as CSV; {@code POST …/{id}/cancel}
 * stops it at its next chunk. A file imported before answers 409 naming the earlier job.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @EJB
    private CustomerImports imports;

    @Inject
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    /**
     * The body is the file, any content type ({@code curl --data-binary @file}). For xlsx and
     * customer lists {@code mapping} names a saved column mapping, or {@code columns} gives one
     * ({@code NAME=0;PHONE=1}); without either the header row's names are used.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response start(@QueryParam("format") String format, @QueryParam("mapping") String mapping,
            @QueryParam("columns") String columns, @QueryParam("name") String fileName, InputStream body) {
        ImportFormat chosen = ImportFormat.ofCode(format)
                .orElseThrow(() -> InvalidInputException.of("format", "error.import.format"));
        try {
            ImportProgress started = imports.start(chosen, body, fileName, mapping, columns,
                    security.getCallerPrincipal().getName());
            return Response.accepted(json(started).toString()).location(self(started.id())).build();
        } catch (AlreadyImportedException e) {
            JsonObject problem = Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Conflict")
                    .add("status", 409)
                    .add("detail", Problem.domainText(locale(), "error.import.already", String.valueOf(e.earlierJobId())))
                    .add("earlierJob", e.earlierJobId())
                    .add("earlierJobUrl", self(e.earlierJobId()).toString())
                    .build();
            return Response.status(Response.Status.CONFLICT).type(Problem.JSON).location(self(e.earlierJobId()))
                    .entity(problem.toString()).build();
        }
    }

    @GET
    @Path("{id}")
    public Response progress(@PathParam("id") long id) {
        return imports.progress(id)
                .map(p -> Response.ok(json(p).toString()).build())
                .orElseGet(this::notFound);
    }

    @GET
    @Path("{id}/rejects")
    @Produces("text/csv; charset=UTF-8")
    public Response rejects(@PathParam("id") long id) {
        if (imports.progress(id).isEmpty()) {
            return notFound();
        }
        return Response.ok(imports.rejectsCsv(id, locale()))
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-rejects.csv\"").build();
    }

    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        if (imports.cancel(id)) {
            return Response.accepted().build();
        }
        return progress(id);
    }

    private Response notFound() {
        return Problem.of(Response.Status.NOT_FOUND, Problem.domainText(locale(), "error.api.notFound"));
    }

    private URI self(long id) {
        return uri.getBaseUriBuilder().path("imports").path(Long.toString(id)).build();
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream().findFirst().filter(l -> !"*".equals(l.getLanguage()))
                .orElse(Locale.KOREAN);
    }

    static JsonObject json(ImportProgress p) {
        var b = Json.createObjectBuilder()
                .add("id", p.id())
                .add("format", p.format().code())
                .add("fileName", p.fileName())
                .add("sha256", p.fileHash())
                .add("status", p.status().name())
                .add("phase", p.phase().name())
                .add("rowsRead", p.rowsRead())
                .add("imported", p.rowsImported())
                .add("rejected", p.rowsRejected())
                .add("orders", p.ordersImported())
                .add("customersCreated", p.customersCreated())
                .add("customersMatched", p.customersMatched())
                .add("customersMerged", p.customersMerged())
                .add("reviewPairs", p.reviewPairs())
                .add("percent", p.percent())
                .add("rowsPerSecond", Math.round(p.rowsPerSecond()))
                .add("secondsLeft", p.secondsLeft())
                .add("elapsedSeconds", p.elapsedSeconds())
                .add("startedBy", p.startedBy())
                .add("startedAt", p.startedAt().toString())
                .add("resumed", p.resumed());
        if (p.rowsTotal() != null) {
            b.add("rowsTotal", p.rowsTotal());
        }
        if (p.finishedAt() != null) {
            b.add("finishedAt", p.finishedAt().toString());
        }
        if (p.message() != null) {
            b.add("message", p.message());
        }
        return b.build();
    }
}
