package com.market25.admin.api.rfm;

import com.market25.admin.api.Problem;
import com.market25.common.InvalidInputException;
import com.market25.rfm.CellStat;
import com.market25.rfm.MigrationCell;
import com.market25.rfm.RfmSnapshots;
import com.market25.rfm.RfmWeights;
import com.market25.rfm.SnapshotSummary;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * RFM over the API (MKT-01): take a snapshot, read its cells, export its customers as CSV, and
 * the migration matrix between two snapshots.
 */
@Path("rfm")
@Produces(MediaType.APPLICATION_JSON)
public class RfmResource {

    @EJB
    private RfmSnapshots rfm;

    @Inject
    private SecurityContext security;

    @Context
    private UriInfo uri;

    /** {@code {"referenceDate": "2022-07-01"}}, optionally {@code "segment"} and {@code "weights": {"r","f","m"}}. */
    @POST
    @Path("snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response take(JsonObject body) {
        LocalDate date;
        try {
            date = body == null || !body.containsKey("referenceDate") || body.isNull("referenceDate") ? null
                    : LocalDate.parse(body.getString("referenceDate"));
        } catch (DateTimeParseException | ClassCastException e) {
            throw InvalidInputException.of("referenceDate", "error.rfm.referenceDate");
        }
        Long segment = body != null && body.containsKey("segment") && !body.isNull("segment")
                ? body.getJsonNumber("segment").longValue() : null;
        RfmWeights weights = null;
        if (body != null && body.containsKey("weights") && !body.isNull("weights")) {
            JsonObject w = body.getJsonObject("weights");
            weights = new RfmWeights(w.getInt("r", 100), w.getInt("f", 10), w.getInt("m", 1));
        }
        SnapshotSummary taken = rfm.take(date, segment, weights, security.getCallerPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(taken.id())).build())
                .entity(json(taken).build().toString()).build();
    }

    @GET
    @Path("snapshots/{id}")
    public Response snapshot(@PathParam("id") long id) {
        return rfm.snapshot(id)
                .map(s -> {
                    JsonArrayBuilder cells = Json.createArrayBuilder();
                    for (CellStat c : rfm.crossTab(id)) {
                        cells.add(Json.createObjectBuilder().add("cell", c.cell()).add("r", c.r()).add("f", c.f())
                                .add("m", c.m()).add("customers", c.customers()).add("revenue", c.revenue())
                                .add("share", c.share()).add("value", c.value()).add("grade", c.grade()));
                    }
                    return Response.ok(json(s).add("crossTab", cells).build().toString()).build();
                })
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, Problem.domainText(null, "error.rfm.unknownSnapshot")));
    }

    /** customer_id,recency_days,frequency,monetary,r,f,m — one line per scored customer. */
    @GET
    @Path("snapshots/{id}/customers.csv")
    @Produces("text/csv")
    public Response customers(@PathParam("id") long id) {
        if (rfm.snapshot(id).isEmpty()) {
            return Problem.of(Response.Status.NOT_FOUND, Problem.domainText(null, "error.rfm.unknownSnapshot"));
        }
        StreamingOutput csv = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write("customer_id,recency_days,frequency,monetary,r,f,m\n");
            rfm.exportCustomers(id, row -> {
                try {
                    w.write(Csv.line(row));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            w.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rfm-" + id + "-customers.csv\"").build();
    }

    /** The same as the CSV, as an Excel workbook written row by row (a window of 200 rows in memory). */
    @GET
    @Path("snapshots/{id}/customers.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response customersXlsx(@PathParam("id") long id) {
        if (rfm.snapshot(id).isEmpty()) {
            return Problem.of(Response.Status.NOT_FOUND, Problem.domainText(null, "error.rfm.unknownSnapshot"));
        }
        StreamingOutput xlsx = out -> {
            SXSSFWorkbook book = new SXSSFWorkbook(200);
            try {
                Sheet sheet = book.createSheet("rfm-" + id);
                String[] header = {"customer_id", "recency_days", "frequency", "monetary", "r", "f", "m"};
                Row first = sheet.createRow(0);
                for (int c = 0; c < header.length; c++) {
                    first.createCell(c).setCellValue(header[c]);
                }
                int[] next = {1};
                rfm.exportCustomers(id, row -> {
                    Row line = sheet.createRow(next[0]++);
                    line.createCell(0).setCellValue(String.valueOf(row[0]));
                    for (int c = 1; c < row.length; c++) {
                        line.createCell(c).setCellValue(((Number) row[c]).doubleValue());
                    }
                });
                book.write(out);
            } finally {
                book.dispose();
                book.close();
            }
        };
        return Response.ok(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"rfm-" + id + "-customers.xlsx\"").build();
    }

    @GET
    @Path("migration")
    public Response migration(@QueryParam("from") Long from, @QueryParam("to") Long to) {
        if (from == null || to == null) {
            throw InvalidInputException.of(from == null ? "from" : "to", "error.required");
        }
        JsonArrayBuilder cells = Json.createArrayBuilder();
        int total = 0;
        for (MigrationCell c : rfm.migration(from, to)) {
            cells.add(Json.createObjectBuilder().add("from", c.fromCell()).add("to", c.toCell())
                    .add("customers", c.customers()));
            total += c.customers();
        }
        return Response.ok(Json.createObjectBuilder().add("from", from).add("to", to).add("customers", total)
                .add("cells", cells).build().toString()).build();
    }

    static JsonObjectBuilder json(SnapshotSummary s) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", s.id())
                .add("referenceDate", s.referenceDate().toString())
                .add("kind", s.kind().name())
                .add("weights", Json.createObjectBuilder().add("r", s.weights().r()).add("f", s.weights().f())
                        .add("m", s.weights().m()))
                .add("customers", s.customers())
                .add("cells", s.cells())
                .add("durationMs", s.durationMs())
                .add("createdBy", s.createdBy())
                .add("createdAt", s.createdAt().toString());
        if (s.segmentId() != null) {
            b.add("segment", s.segmentId());
        }
        return b;
    }
}
