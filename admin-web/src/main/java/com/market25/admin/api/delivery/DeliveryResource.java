package com.market25.admin.api.delivery;

import com.market25.admin.api.NotFound;
import com.market25.admin.api.Problem;
import com.market25.delivery.CarrierForm;
import com.market25.delivery.CarrierView;
import com.market25.delivery.CheckDigit;
import com.market25.delivery.DeliveryDesk;
import com.market25.delivery.DeliveryOutcome;
import com.market25.delivery.DeliveryReport;
import com.market25.delivery.FeeLine;
import com.market25.delivery.FeeSettlementView;
import com.market25.delivery.ParcelForm;
import com.market25.delivery.ShipmentQuery;
import com.market25.delivery.ShipmentView;
import com.market25.ordering.DeliveryTarget;
import com.market25.ordering.DeliveryTargetQuery;
import com.market25.ordering.OrderStatus;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The logistics desk (DLV-01) under {@code /admin/api/delivery}: the target list, 배송지시 in bulk,
 * parcels typed or uploaded (the carrier's .xlsx or CSV as the request body), 배송완료, carriers
 * and the delivery-fee settlement. Bulk answers are result reports with one line per slip or row.
 */
@Path("delivery")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @EJB
    private DeliveryDesk desk;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** {@code GET targets?status=PAID|DELIVERY_INSTRUCTED&from&to&branch&first&size}. */
    @GET
    @Path("targets")
    public Response targets(@QueryParam("status") @DefaultValue("PAID") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("branch") String branch, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        DeliveryTargetQuery query;
        try {
            query = new DeliveryTargetQuery(OrderStatus.valueOf(status), day(from), day(to), branch);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return invalid();
        }
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (DeliveryTarget t : desk.targets(query, first, Math.min(size, 500))) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("orderId", t.orderId()).add("slipNo", t.slipNo())
                    .add("status", t.status().name()).add("paidAt", String.valueOf(t.paidAt()))
                    .add("branch", t.branchCode()).add("recipientName", t.recipientName())
                    .add("address", t.address()).add("lines", t.lines()).add("quantity", t.quantity())
                    .add("total", t.totalAmount());
            add(o, "firstItem", t.firstItem());
            rows.add(o);
        }
        return Response.ok(Json.createObjectBuilder().add("total", desk.countTargets(query)).add("rows", rows).build()
                .toString()).build();
    }

    /** {@code POST instructions} with {@code {"slips": [...]}} → the result report. */
    @POST
    @Path("instructions")
    @Consumes(MediaType.APPLICATION_JSON)
    public String instruct(JsonObject body) {
        return report(desk.instruct(strings(body, "slips")));
    }

    /** {@code POST parcels} with {@code {"slipNo", "carrier", "trackingNo", "lineNo", "shippedAt"}} → 201. */
    @POST
    @Path("parcels")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response parcel(JsonObject body) {
        DeliveryOutcome outcome = desk.registerParcel(new ParcelForm(text(body, "slipNo"),
                body != null && body.get("lineNo") instanceof JsonNumber n ? n.intValue() : 0, text(body, "carrier"),
                text(body, "trackingNo"), text(body, "shippedAt")));
        return Response.status(Response.Status.CREATED).entity(outcome(outcome).build().toString()).build();
    }

    /** {@code POST parcels/upload?carrier=CJ} with the carrier's file as the body → the result report. */
    @POST
    @Path("parcels/upload")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public String upload(byte[] file, @QueryParam("carrier") String carrier) {
        return report(desk.uploadParcels(file, carrier));
    }

    /** {@code GET parcels?from&to&carrier&delivered&first&size}: 발송 내역. */
    @GET
    @Path("parcels")
    public Response parcels(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("carrier") Long carrier, @QueryParam("delivered") Boolean delivered,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        ShipmentQuery query;
        try {
            query = new ShipmentQuery(day(from), day(to), carrier, delivered);
        } catch (DateTimeParseException e) {
            return invalid();
        }
        JsonArrayBuilder rows = Json.createArrayBuilder();
        desk.shipments(query, first, size).forEach(s -> rows.add(parcel(s)));
        return Response.ok(Json.createObjectBuilder().add("total", desk.countShipments(query)).add("rows", rows).build()
                .toString()).build();
    }

    /** {@code POST deliveries} with {@code {"slips": [...]}}: 배송완료 → the result report. */
    @POST
    @Path("deliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    public String deliveries(JsonObject body) {
        return report(desk.confirm(strings(body, "slips")));
    }

    /** {@code POST deliveries/upload} with the carrier's delivered file (slip or tracking number, time). */
    @POST
    @Path("deliveries/upload")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public String deliveriesUpload(byte[] file) {
        return report(desk.uploadDeliveries(file));
    }

    @GET
    @Path("carriers")
    public String carriers() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        desk.carriers().forEach(c -> all.add(carrier(c)));
        return all.build().toString();
    }

    /** {@code POST carriers} (new) with code, name, trackingUrl, feePerParcel, minLength, maxLength, checkDigit, active, sortOrder. */
    @POST
    @Path("carriers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addCarrier(JsonObject body) {
        CarrierView saved = desk.saveCarrier(carrierForm(null, body));
        return Response.created(uri.getBaseUriBuilder().path("delivery/carriers/{id}").build(saved.id()))
                .entity(carrier(saved).build().toString()).build();
    }

    /** {@code PUT carriers/{id}} with the whole form and the {@code version} it was read at. */
    @PUT
    @Path("carriers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String saveCarrier(@PathParam("id") long id, JsonObject body) {
        return carrier(desk.saveCarrier(carrierForm(id, body))).build().toString();
    }

    /** {@code GET fees/preview?from&to}: unsettled parcels per carrier. */
    @GET
    @Path("fees/preview")
    public Response feePreview(@QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            return Response.ok(lines(desk.feePreview(day(from), day(to))).build().toString()).build();
        } catch (DateTimeParseException e) {
            return invalid();
        }
    }

    /** {@code POST fees} with {@code {"from", "to"}}: closes the period → 201 with the settlement. */
    @POST
    @Path("fees")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response closeFees(JsonObject body) {
        FeeSettlementView closed;
        try {
            closed = desk.closeFees(day(text(body, "from")), day(text(body, "to")));
        } catch (DateTimeParseException e) {
            return invalid();
        }
        return Response.created(uri.getBaseUriBuilder().path("delivery/fees/{id}").build(closed.id()))
                .entity(settlement(closed).build().toString()).build();
    }

    @GET
    @Path("fees")
    public String settlements() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        desk.settlements(100).forEach(s -> all.add(settlement(s)));
        return all.build().toString();
    }

    @GET
    @Path("fees/{id}")
    public Response settlement(@PathParam("id") long id) {
        return desk.settlement(id).map(s -> Response.ok(settlement(s).build().toString()).build())
                .orElseGet(() -> NotFound.of(headers));
    }

    @GET
    @Path("fees/{id}.xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    public Response settlementXlsx(@PathParam("id") long id) {
        if (desk.settlement(id).isEmpty()) {
            return NotFound.of(headers);
        }
        return Response.ok(desk.settlementWorkbook(id), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"delivery-fees-" + id + ".xlsx\"").build();
    }

    // ---------------------------------------------------------------- JSON

    private String report(DeliveryReport report) {
        JsonArrayBuilder outcomes = Json.createArrayBuilder();
        report.outcomes().forEach(o -> outcomes.add(outcome(o)));
        return Json.createObjectBuilder().add("done", report.done()).add("already", report.already())
                .add("refused", report.refused()).add("outcomes", outcomes).build().toString();
    }

    private JsonObjectBuilder outcome(DeliveryOutcome o) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("line", o.line()).add("outcome", o.outcome().name());
        add(b, "slipNo", o.slipNo());
        add(b, "trackingNo", o.trackingNo());
        add(b, "status", o.status() == null ? null : o.status().name());
        add(b, "reasonKey", o.reasonKey());
        add(b, "reason", o.reasonKey() == null ? null : Problem.domainText(language(), o.reasonKey(), o.argArray()));
        return b;
    }

    private static JsonObjectBuilder parcel(ShipmentView s) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", s.id()).add("slipNo", s.slipNo()).add("lineNo", s.lineNo())
                .add("carrier", s.carrierName()).add("trackingNo", s.trackingNo()).add("trackingLink", s.trackingLink())
                .add("shippedAt", String.valueOf(s.shippedAt())).add("shippedBy", s.shippedBy())
                .add("source", s.source().name()).add("orderStatus", s.orderStatus().name());
        add(o, "deliveredAt", s.deliveredAt() == null ? null : s.deliveredAt().toString());
        if (s.settlementId() != null) {
            o.add("settlementId", s.settlementId());
        }
        return o;
    }

    private static JsonObjectBuilder carrier(CarrierView c) {
        return Json.createObjectBuilder().add("id", c.id()).add("version", c.version()).add("code", c.code())
                .add("name", c.name()).add("trackingUrl", c.trackingUrl()).add("feePerParcel", c.feePerParcel())
                .add("minLength", c.rule().minLength()).add("maxLength", c.rule().maxLength())
                .add("checkDigit", c.rule().checkDigit().name()).add("active", c.active()).add("sortOrder", c.sortOrder());
    }

    private static JsonObjectBuilder lines(List<FeeLine> lines) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        long parcels = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (FeeLine l : lines) {
            all.add(Json.createObjectBuilder().add("carrierId", l.carrierId()).add("carrier", l.carrierName())
                    .add("parcels", l.parcels()).add("feePerParcel", l.feePerParcel()).add("total", l.total()));
            parcels += l.parcels();
            total = total.add(l.total());
        }
        return Json.createObjectBuilder().add("parcels", parcels).add("total", total).add("lines", all);
    }

    private static JsonObjectBuilder settlement(FeeSettlementView s) {
        return lines(s.lines()).add("id", s.id()).add("from", s.from().toString()).add("to", s.to().toString())
                .add("closedBy", s.closedBy()).add("closedAt", s.closedAt().toString());
    }

    private static CarrierForm carrierForm(Long id, JsonObject body) {
        BigDecimal fee = body != null && body.get("feePerParcel") instanceof JsonNumber n ? n.bigDecimalValue() : null;
        CheckDigit check;
        try {
            check = CheckDigit.valueOf(String.valueOf(text(body, "checkDigit") == null ? "NONE" : text(body, "checkDigit")));
        } catch (IllegalArgumentException e) {
            check = CheckDigit.NONE;
        }
        return new CarrierForm(id, body != null && body.get("version") instanceof JsonNumber v ? v.intValue() : null,
                text(body, "code"), text(body, "name"), text(body, "trackingUrl"), fee, number(body, "minLength"),
                number(body, "maxLength"), check, body == null || !body.containsKey("active") || body.getBoolean("active", true),
                number(body, "sortOrder"));
    }

    private static int number(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonNumber n ? n.intValue() : 0;
    }

    private static String text(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static List<String> strings(JsonObject body, String name) {
        List<String> all = new ArrayList<>();
        if (body != null && body.get(name) instanceof jakarta.json.JsonArray array) {
            for (JsonValue v : array) {
                all.add(v instanceof JsonString s ? s.getString() : String.valueOf(v));
            }
        }
        return all;
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    private static void add(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private Locale language() {
        return NotFound.language(headers);
    }

    private static Response invalid() {
        return Problem.of(Response.Status.BAD_REQUEST, Problem.domainText(null, "error.api.invalid"),
                Map.of("from", "yyyy-MM-dd", "to", "yyyy-MM-dd"));
    }

}
