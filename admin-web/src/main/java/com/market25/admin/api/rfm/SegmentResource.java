package com.market25.admin.api.rfm;

import com.market25.admin.api.Problem;
import com.market25.common.InvalidInputException;
import com.market25.segment.SegmentView;
import com.market25.segment.Segments;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Saved segments over the API (MKT-02, so far customer lists): {@code {"name", "snapshot", "cell":
 * "545"}} (0 for "any" score, e.g. "5 0 0" as "500") or {@code {"name", "customers": ["…"]}}.
 */
@Path("segments")
@Produces(MediaType.APPLICATION_JSON)
public class SegmentResource {

    @EJB
    private Segments segments;

    @Inject
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        if (body == null) {
            throw InvalidInputException.of("name", "error.required");
        }
        String name = body.getString("name", null);
        String owner = security.getCallerPrincipal().getName();
        SegmentView made;
        if (body.containsKey("snapshot")) {
            String cell = body.containsKey("cell") ? body.get("cell").toString().replace("\"", "") : "";
            if (!cell.matches("[0-5]{3}")) {
                throw InvalidInputException.of("cell", "error.segment.cell");
            }
            made = segments.fromRfmCell(name, body.getJsonNumber("snapshot").longValue(), cell.charAt(0) - '0',
                    cell.charAt(1) - '0', cell.charAt(2) - '0', owner);
        } else if (body.containsKey("customers") && body.get("customers").getValueType() == JsonValue.ValueType.ARRAY) {
            List<String> ids = body.getJsonArray("customers").stream()
                    .map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
            made = segments.fromCustomerIds(name, ids, owner);
        } else {
            throw InvalidInputException.of("customers", "error.required");
        }
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(made.id())).build())
                .entity(json(made).toString()).build();
    }

    @GET
    @Path("{id}")
    public Response segment(@PathParam("id") long id) {
        return segments.segment(id).map(s -> Response.ok(json(s).toString()).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, Problem.domainText(null, "error.segment.unknown")));
    }

    @GET
    @Path("{id}/customers.csv")
    @Produces("text/csv")
    public Response customers(@PathParam("id") long id) {
        if (segments.segment(id).isEmpty()) {
            return Problem.of(Response.Status.NOT_FOUND, Problem.domainText(null, "error.segment.unknown"));
        }
        StreamingOutput csv = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("customer_id,member_no\n");
            segments.exportMembers(id, row -> {
                try {
                    w.write(Csv.line(row));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            w.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8").build();
    }

    private static JsonObject json(SegmentView s) {
        return Json.createObjectBuilder().add("id", s.id()).add("name", s.name()).add("owner", s.owner())
                .add("definition", s.definition()).add("customers", s.customers())
                .add("evaluatedAt", s.evaluatedAt().toString()).add("createdAt", s.createdAt().toString()).build();
    }
}
