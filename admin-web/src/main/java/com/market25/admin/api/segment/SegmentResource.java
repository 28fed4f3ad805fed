package com.market25.admin.api.segment;

import com.market25.admin.api.NotFound;
import com.market25.common.InvalidInputException;
import com.market25.segment.QueryBox;
import com.market25.segment.QueryResult;
import com.market25.segment.RuleJson;
import com.market25.segment.SegmentDesk;
import com.market25.segment.SegmentOrigin;
import com.market25.segment.SegmentRule;
import com.market25.segment.SegmentView;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Segments over the JSON API (MKT-02): save a rule ({@link RuleJson}), read it, export its
 * members, evaluate it again, count a rule without saving it, and the read-only query box.
 */
@Path("segments")
public class SegmentResource {

    @EJB
    private SegmentDesk segments;

    @EJB
    private QueryBox queryBox;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    /** {@code {"name": "…", "rule": {…}}} → 201 with the segment and its member count. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        SegmentRule rule = rule(body);
        SegmentView saved = segments.create(body.getString("name", ""), rule, SegmentOrigin.API);
        return Response.created(uri.getBaseUriBuilder().path("segments/{id}").build(saved.id()))
                .entity(json(saved).toString()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        segments.list().forEach(s -> all.add(json(s)));
        return all.build().toString();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") long id) {
        return segments.find(id).map(s -> Response.ok(json(s).toString()).build()).orElseGet(() -> NotFound.of(headers));
    }

    /** Works out the members again now; the answer carries the new count and date. */
    @POST
    @Path("{id}/evaluation")
    @Produces(MediaType.APPLICATION_JSON)
    public Response evaluate(@PathParam("id") long id) {
        if (segments.find(id).isEmpty()) {
            return NotFound.of(headers);
        }
        return Response.ok(json(segments.evaluate(id)).toString()).build();
    }

    @GET
    @Path("{id}/customers.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response customers(@PathParam("id") long id) {
        if (segments.find(id).isEmpty()) {
            return NotFound.of(headers);
        }
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            try {
                segments.writeMembersCsv(id, w);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"segment-" + id + ".csv\"").build();
    }

    /** {@code {"rule": {…}}} → {@code {"customers": n}}, nothing saved (the builder's live count). */
    @POST
    @Path("count")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String count(JsonObject body) {
        return Json.createObjectBuilder().add("customers", segments.count(rule(body))).build().toString();
    }

    /**
     * The read-only query box: the request body is one SQL statement, run as the read-only database
     * user; refused statements answer 422 with MariaDB's reason.
     */
    @POST
    @Path("query")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public String query(String sql) {
        QueryResult result = queryBox.run(sql);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (List<String> row : result.rows()) {
            JsonArrayBuilder r = Json.createArrayBuilder();
            row.forEach(v -> {
                if (v == null) {
                    r.addNull();
                } else {
                    r.add(v);
                }
            });
            rows.add(r);
        }
        return Json.createObjectBuilder()
                .add("columns", Json.createArrayBuilder(result.columns()))
                .add("rows", rows)
                .add("truncated", result.truncated())
                .add("durationMs", result.durationMs())
                .build().toString();
    }

    private static SegmentRule rule(JsonObject body) {
        if (body == null || !body.containsKey("rule") || body.isNull("rule")) {
            throw InvalidInputException.of("rule", "error.segment.rule");
        }
        try {
            return RuleJson.read(body.getJsonObject("rule"));
        } catch (ClassCastException e) {
            throw InvalidInputException.of("rule", "error.segment.rule");
        }
    }

    public static JsonObject json(SegmentView s) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", s.id())
                .add("name", s.name())
                .add("owner", s.owner())
                .add("origin", s.origin().name())
                .add("customers", s.memberCount())
                .add("createdAt", s.createdAt().toString())
                .add("rule", RuleJson.toJson(s.rule()));
        if (s.evaluatedAt() != null) {
            o.add("evaluatedAt", s.evaluatedAt().toString());
        } else {
            o.addNull("evaluatedAt");
        }
        return o.build();
    }
}
