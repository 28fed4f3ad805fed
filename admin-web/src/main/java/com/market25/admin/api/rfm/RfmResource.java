package com.market25.admin.api.rfm;

import com.market25.admin.api.NotFound;
import com.market25.admin.api.segment.SegmentResource;
import com.market25.admin.rfm.SnapshotExport;
import com.market25.common.InvalidInputException;
import com.market25.rfm.CellCount;
import com.market25.rfm.CurrentRebuild;
import com.market25.rfm.MigrationFlow;
import com.market25.rfm.RfmDesk;
import com.market25.rfm.SnapshotView;
import com.market25.segment.SegmentView;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFM over the JSON API (MKT-01): take a snapshot, read it and its cells, export its customers,
 * compare two snapshots, save a cell's customers as a segment. docs/rfm.md has curl examples.
 */
@Path("rfm")
public class RfmResource {

    @EJB
    private RfmDesk rfm;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    /** {@code {"referenceDate": "2022-07-01", "segment": 3}} → 201 with the snapshot. */
    @POST
    @Path("snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response take(JsonObject body) {
        LocalDate date;
        Long segment = null;
        try {
            date = LocalDate.parse(body.getString("referenceDate"));
            if (body.containsKey("segment") && !body.isNull("segment")) {
                segment = body.getJsonNumber("segment").longValueExact();
            }
        } catch (NullPointerException | ClassCastException | DateTimeParseException | ArithmeticException e) {
            throw InvalidInputException.of("referenceDate", "error.rfm.date");
        }
        SnapshotView taken = rfm.takeSnapshot(date, segment);
        return Response.created(uri.getBaseUriBuilder().path("rfm/snapshots/{id}").build(taken.id()))
                .entity(json(taken, null).toString()).build();
    }

    @GET
    @Path("snapshots")
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        rfm.snapshots().forEach(s -> all.add(json(s, null)));
        return all.build().toString();
    }

    /** The snapshot with its cross-tab: every non-empty cell with customers and revenue. */
    @GET
    @Path("snapshots/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") long id) {
        return rfm.snapshot(id)
                .map(s -> Response.ok(json(s, rfm.cells(id)).toString()).build())
                .orElseGet(() -> NotFound.of(headers));
    }

    @GET
    @Path("snapshots/{id}/customers.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("id") long id) {
        return export(id, "csv", out -> SnapshotExport.csv(rfm, id, out));
    }

    @GET
    @Path("snapshots/{id}/customers.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("id") long id) {
        return export(id, "xlsx", out -> SnapshotExport.xlsx(rfm, id, out));
    }

    private Response export(long id, String extension, StreamingOutput body) {
        if (rfm.snapshot(id).isEmpty()) {
            return NotFound.of(headers);
        }
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"rfm-" + id + "." + extension + "\"")
                .build();
    }

    /**
     * {@code ?from=1&to=2} → every (from cell, to cell) pair with its customers; cell 0 is "not
     * scored in that snapshot", so each from-cell's flows add up to its customers in {@code from}
     * and each to-cell's to its customers in {@code to}.
     */
    @GET
    @Path("migration")
    @Produces(MediaType.APPLICATION_JSON)
    public String migration(@QueryParam("from") long from, @QueryParam("to") long to) {
        List<MigrationFlow> flows = rfm.migration(from, to);
        JsonArrayBuilder cells = Json.createArrayBuilder();
        for (MigrationFlow f : flows) {
            cells.add(Json.createObjectBuilder().add("from", f.fromCell()).add("to", f.toCell()).add("customers", f.customers()));
        }
        return Json.createObjectBuilder()
                .add("from", from)
                .add("to", to)
                .add("fromCustomers", flows.stream().filter(f -> f.fromCell() != 0).mapToLong(MigrationFlow::customers).sum())
                .add("toCustomers", flows.stream().filter(f -> f.toCell() != 0).mapToLong(MigrationFlow::customers).sum())
                .add("flows", cells)
                .build().toString();
    }

    /** {@code {"cells": [545, 555], "name": "…"}} → 201 with the saved segment of those cells' customers. */
    @POST
    @Path("snapshots/{id}/segments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response segmentOfCells(@PathParam("id") long id, JsonObject body) {
        List<Integer> cells = new ArrayList<>();
        try {
            for (JsonValue v : body.getJsonArray("cells")) {
                cells.add(((JsonNumber) v).intValueExact());
            }
        } catch (NullPointerException | ClassCastException | ArithmeticException e) {
            throw InvalidInputException.of("cells", "error.rfm.cells");
        }
        SegmentView saved = rfm.segmentOfCells(id, cells, body.getString("name", null));
        return Response.created(uri.getBaseUriBuilder().path("segments/{id}").build(saved.id()))
                .entity(SegmentResource.json(saved).toString()).build();
    }

    /**
     * Rebuilds every customer's current R/F/M and the cell boundaries now (the nightly job's work),
     * e.g. right after an import: {@code {"customers": n, "durationMs": t}}.
     */
    @POST
    @Path("current")
    @Produces(MediaType.APPLICATION_JSON)
    public String recomputeCurrent() {
        CurrentRebuild done = rfm.recomputeCurrent();
        return Json.createObjectBuilder().add("customers", done.customers()).add("durationMs", done.durationMs())
                .build().toString();
    }

    static JsonObject json(SnapshotView s, List<CellCount> cells) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", s.id())
                .add("referenceDate", s.referenceDate().toString())
                .add("customers", s.customers())
                .add("cells", s.cells())
                .add("monetary", s.monetaryTotal())
                .add("weights", Json.createObjectBuilder().add("r", s.weights().r()).add("f", s.weights().f())
                        .add("m", s.weights().m()))
                .add("createdBy", s.createdBy())
                .add("createdAt", s.createdAt().toString())
                .add("durationMs", s.durationMs());
        if (s.segmentId() != null) {
            o.add("segment", s.segmentId());
        } else {
            o.addNull("segment");
        }
        if (cells != null) {
            JsonArrayBuilder tab = Json.createArrayBuilder();
            for (CellCount c : cells) {
                tab.add(Json.createObjectBuilder().add("cell", c.cell()).add("r", c.r()).add("f", c.f()).add("m", c.m())
                        .add("customers", c.customers()).add("monetary", c.monetary()).add("grade", c.grade()));
            }
            o.add("crossTab", tab);
        }
        return o.build();
    }
}
