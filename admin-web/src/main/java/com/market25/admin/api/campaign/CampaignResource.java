package com.market25.admin.api.campaign;

import com.market25.admin.api.NotFound;
import com.market25.campaign.CampaignDesk;
import com.market25.campaign.CampaignEventLine;
import com.market25.campaign.CampaignPlan;
import com.market25.campaign.CampaignRoi;
import com.market25.campaign.CampaignStatus;
import com.market25.campaign.CampaignType;
import com.market25.campaign.CampaignView;
import com.market25.campaign.ChannelResponse;
import com.market25.campaign.Lift;
import com.market25.campaign.ResponseGroup;
import com.market25.campaign.TargetDrawRequest;
import com.market25.campaign.TargetGroup;
import com.market25.campaign.TargetList;
import com.market25.campaign.TargetSource;
import com.market25.campaign.TargetSummary;
import com.market25.common.InvalidInputException;
import com.market25.member.ConsentChannel;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Campaigns over the JSON API (MKT-03, MKT-04, MKT-08): plan, draw targets into treatment and
 * control, move through approval, export the groups, read the ROI. docs/campaigns.md lists the calls.
 */
@Path("campaigns")
public class CampaignResource {

    @EJB
    private CampaignDesk campaigns;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    /**
     * {@code {"name", "type", "startDate", "endDate", "responseWindowDays", "budget", "targetRevenue"}}
     * and optionally {@code "residualValue"}, {@code "channels"} (default {@code ["EMAIL"]}) and
     * {@code "recordedAfter"} → 201 with the campaign.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        CampaignView created = campaigns.create(plan(body, body != null && body.getBoolean("recordedAfter", false)));
        return Response.created(uri.getBaseUriBuilder().path("campaigns/{id}").build(created.id()))
                .entity(json(created).toString()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("status") String status, @QueryParam("name") String name,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        CampaignStatus wanted = status == null || status.isBlank() ? null : enumOf(CampaignStatus.class, status, "status");
        JsonArrayBuilder all = Json.createArrayBuilder();
        campaigns.page(wanted, name, first, size).forEach(c -> all.add(json(c)));
        return Json.createObjectBuilder().add("total", campaigns.count(wanted, name)).add("campaigns", all).build().toString();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") long id) {
        return campaigns.find(id).map(c -> Response.ok(json(c).toString()).build()).orElseGet(() -> NotFound.of(headers));
    }

    /** The plan of a draft again, at {@code "version"} (the one read). */
    @POST
    @Path("{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") long id, JsonObject body) {
        if (campaigns.find(id).isEmpty()) {
            return NotFound.of(headers);
        }
        return Response.ok(json(campaigns.change(id, body.getInt("version", -1), plan(body, false))).toString()).build();
    }

    /**
     * Draws the targets: a JSON body with {@code "segment"}, {@code "rfmSnapshot"} + {@code "cells"},
     * {@code "responders"} (a campaign id), or {@code "sources": [ … ]} of those; or a CSV body of
     * {@code customer_id} (with {@code group} for groups drawn elsewhere). Answers the counts by
     * group and by reason of exclusion.
     */
    @POST
    @Path("{id}/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response drawFromJson(@PathParam("id") long id, JsonObject body, @QueryParam("controlRatio") String ratio,
            @QueryParam("seed") String seed, @QueryParam("stratified") boolean stratified) {
        if (campaigns.find(id).isEmpty()) {
            return NotFound.of(headers);
        }
        List<TargetSource> sources = new ArrayList<>();
        if (body != null && body.containsKey("sources")) {
            for (JsonValue v : body.getJsonArray("sources")) {
                source(v.asJsonObject()).ifPresent(sources::add);
            }
        } else if (body != null) {
            source(body).ifPresent(sources::add);
        }
        return draw(id, sources, ratio, seed, stratified);
    }

    @POST
    @Path("{id}/targets")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response drawFromList(@PathParam("id") long id, String csv, @QueryParam("controlRatio") String ratio,
            @QueryParam("seed") String seed, @QueryParam("stratified") boolean stratified) {
        if (campaigns.find(id).isEmpty()) {
            return NotFound.of(headers);
        }
        return draw(id, List.of(TargetList.parse(csv)), ratio, seed, stratified);
    }

    private Response draw(long id, List<TargetSource> sources, String ratio, String seed, boolean stratified) {
        BigDecimal controlRatio;
        Long drawSeed;
        try {
            controlRatio = ratio == null || ratio.isBlank() ? BigDecimal.ZERO : new BigDecimal(ratio.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("controlRatio", "error.campaign.ratio");
        }
        try {
            drawSeed = seed == null || seed.isBlank() ? null : Long.valueOf(seed.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("seed", "error.campaign.number");
        }
        TargetSummary summary = campaigns.drawTargets(id, new TargetDrawRequest(sources, controlRatio, drawSeed, stratified));
        return Response.ok(json(summary).toString()).build();
    }

    @GET
    @Path("{id}/targets")
    @Produces(MediaType.APPLICATION_JSON)
    public Response targets(@PathParam("id") long id) {
        return campaigns.targets(id).map(s -> Response.ok(json(s).toString()).build()).orElseGet(() -> NotFound.of(headers));
    }

    @GET
    @Path("{id}/targets.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response targetsCsv(@PathParam("id") long id) {
        if (campaigns.find(id).isEmpty()) {
            return NotFound.of(headers);
        }
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            try {
                campaigns.writeTargetsCsv(id, w);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"campaign-" + id + "-targets.csv\"").build();
    }

    @POST
    @Path("{id}/approval-request")
    @Produces(MediaType.APPLICATION_JSON)
    public Response requestApproval(@PathParam("id") long id, String body) {
        return step(id, () -> campaigns.requestApproval(id, note(body)));
    }

    @POST
    @Path("{id}/approval")
    @Produces(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") long id, String body) {
        return step(id, () -> campaigns.approve(id, note(body)));
    }

    @POST
    @Path("{id}/rejection")
    @Produces(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") long id, String body) {
        return step(id, () -> campaigns.reject(id, note(body)));
    }

    @POST
    @Path("{id}/start")
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("id") long id) {
        return step(id, () -> campaigns.start(id));
    }

    /** A campaign recorded after the fact, with its targets, is marked as run. */
    @POST
    @Path("{id}/record")
    @Produces(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long id) {
        return step(id, () -> campaigns.recordAsRun(id));
    }

    @POST
    @Path("{id}/close")
    @Produces(MediaType.APPLICATION_JSON)
    public Response close(@PathParam("id") long id) {
        return step(id, () -> campaigns.close(id));
    }

    private Response step(long id, java.util.function.Supplier<CampaignView> action) {
        if (campaigns.find(id).isEmpty()) {
            return NotFound.of(headers);
        }
        return Response.ok(json(action.get()).toString()).build();
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.APPLICATION_JSON)
    public Response events(@PathParam("id") long id) {
        if (campaigns.find(id).isEmpty()) {
            return NotFound.of(headers);
        }
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (CampaignEventLine e : campaigns.events(id)) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("action", e.action().name()).add("to", e.to().name())
                    .add("by", e.by()).add("at", e.at().toString());
            o.add("from", e.from() == null ? JsonValue.NULL : Json.createValue(e.from().name()));
            o.add("note", e.note() == null ? JsonValue.NULL : Json.createValue(e.note()));
            all.add(o);
        }
        return Response.ok(all.build().toString()).build();
    }

    @GET
    @Path("{id}/roi")
    @Produces(MediaType.APPLICATION_JSON)
    public Response roi(@PathParam("id") long id) {
        if (campaigns.find(id).isEmpty()) {
            return NotFound.of(headers);
        }
        return Response.ok(json(campaigns.roi(id)).toString()).build();
    }

    // ---------------------------------------------------------------- JSON

    private static CampaignPlan plan(JsonObject body, boolean recordedAfter) {
        if (body == null) {
            throw InvalidInputException.of("name", "error.required");
        }
        Set<ConsentChannel> channels = EnumSet.noneOf(ConsentChannel.class);
        if (body.containsKey("channels") && !body.isNull("channels")) {
            for (JsonValue v : body.getJsonArray("channels")) {
                channels.add(enumOf(ConsentChannel.class, v instanceof jakarta.json.JsonString s ? s.getString() : "", "channels"));
            }
        } else {
            channels.add(ConsentChannel.EMAIL);
        }
        return new CampaignPlan(text(body, "name"), body.containsKey("type") ? enumOf(CampaignType.class, text(body, "type"), "type") : null,
                date(body, "startDate"), date(body, "endDate"), integer(body, "responseWindowDays"), amount(body, "budget"),
                amount(body, "residualValue"), amount(body, "targetRevenue"), channels, recordedAfter);
    }

    private static Optional<TargetSource> source(JsonObject o) {
        try {
            if (o.containsKey("segment")) {
                return Optional.of(new TargetSource.Segment(o.getJsonNumber("segment").longValueExact()));
            }
            if (o.containsKey("rfmSnapshot")) {
                JsonArray cells = o.getJsonArray("cells");
                List<Integer> list = new ArrayList<>();
                if (cells != null) {
                    cells.getValuesAs(JsonNumber.class).forEach(n -> list.add(n.intValueExact()));
                }
                return Optional.of(new TargetSource.RfmCells(o.getJsonNumber("rfmSnapshot").longValueExact(), list));
            }
            if (o.containsKey("responders")) {
                return Optional.of(new TargetSource.Responders(o.getJsonNumber("responders").longValueExact()));
            }
        } catch (ClassCastException | ArithmeticException | NullPointerException e) {
            throw InvalidInputException.of("sources", "error.campaign.sources");
        }
        return Optional.empty();
    }

    private static String text(JsonObject body, String field) {
        JsonValue v = body.get(field);
        return v instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    private static LocalDate date(JsonObject body, String field) {
        String s = text(body, field);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "error.customer.date");
        }
    }

    private static Integer integer(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            return ((JsonNumber) v).intValueExact();
        } catch (ClassCastException | ArithmeticException e) {
            throw InvalidInputException.of(field, "error.campaign.number");
        }
    }

    private static BigDecimal amount(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            return v instanceof JsonNumber n ? n.bigDecimalValue() : new BigDecimal(((jakarta.json.JsonString) v).getString().trim());
        } catch (ClassCastException | NumberFormatException e) {
            throw InvalidInputException.of(field, "error.campaign.amount");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "error.campaign.choice");
        }
    }

    private static String note(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String trimmed = body.trim();
        if (trimmed.startsWith("{")) {
            JsonObject o = Json.createReader(new java.io.StringReader(trimmed)).readObject();
            return text(o, "note");
        }
        return trimmed;
    }

    static JsonObject json(CampaignView c) {
        JsonArrayBuilder channels = Json.createArrayBuilder();
        c.channels().forEach(ch -> channels.add(ch.name()));
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", c.id()).add("name", c.name()).add("type", c.type().name()).add("owner", c.owner())
                .add("status", c.status().name()).add("startDate", c.startDate().toString()).add("endDate", c.endDate().toString())
                .add("responseWindowDays", c.responseWindowDays()).add("responseEnd", c.responseEnd().toString())
                .add("budget", c.budget()).add("residualValue", c.residualValue()).add("targetRevenue", c.targetRevenue())
                .add("channels", channels).add("recordedAfter", c.recordedAfter()).add("version", c.version())
                .add("updatedBy", c.updatedBy()).add("updatedAt", c.updatedAt().toString());
        o.add("closedOn", c.closedOn() == null ? JsonValue.NULL : Json.createValue(c.closedOn().toString()));
        return o.build();
    }

    static JsonObject json(TargetSummary s) {
        JsonObjectBuilder excluded = Json.createObjectBuilder();
        s.excluded().forEach((reason, n) -> excluded.add(reason.name(), n));
        JsonObjectBuilder o = Json.createObjectBuilder().add("treatment", s.treatment()).add("control", s.control())
                .add("excluded", excluded).add("excludedTotal", s.excludedTotal())
                .add("controlRatio", s.controlRatio() == null ? BigDecimal.ZERO : s.controlRatio())
                .add("stratified", s.stratified()).add("drawnAt", s.drawnAt().toString());
        o.add("seed", s.seed() == null ? JsonValue.NULL : Json.createValue(s.seed()));
        return o.build();
    }

    static JsonObject json(CampaignRoi roi) {
        Optional<Lift.Estimate> lift = roi.lift();
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("campaign", roi.campaign().id())
                .add("treated", roi.customers(TargetGroup.TREATMENT))
                .add("control", roi.customers(TargetGroup.CONTROL))
                .add("respondersTreated", roi.responders(TargetGroup.TREATMENT))
                .add("respondersControl", roi.responders(TargetGroup.CONTROL))
                .add("responseRateTreated", round(roi.responseRate(TargetGroup.TREATMENT)))
                .add("responseRateControl", round(roi.responseRate(TargetGroup.CONTROL)))
                .add("revenueTreated", roi.revenue(TargetGroup.TREATMENT))
                .add("revenueControl", roi.revenue(TargetGroup.CONTROL))
                .add("revenuePerTreated", roi.revenuePerCustomer(TargetGroup.TREATMENT))
                .add("revenuePerControl", roi.revenuePerCustomer(TargetGroup.CONTROL))
                .add("liftKnown", lift.isPresent())
                .add("cost", roi.cost())
                .add("messages", roi.messages())
                .add("targetRevenue", roi.campaign().targetRevenue())
                .add("responseFrom", roi.campaign().startDate().toString())
                .add("responseTo", roi.campaign().responseEnd().toString());
        optional(o, "incrementalRevenue", lift.map(Lift.Estimate::incremental));
        optional(o, "incrementalRevenueLow", lift.map(Lift.Estimate::low));
        optional(o, "incrementalRevenueHigh", lift.map(Lift.Estimate::high));
        optional(o, "incrementalResponders", roi.incrementalResponders());
        optional(o, "directProfit", roi.directProfit());
        optional(o, "totalProfit", roi.totalProfit());
        optional(o, "roi", roi.roi());
        optional(o, "roiPerCustomer", roi.roiPerCustomer());
        optional(o, "targetProgress", roi.targetProgress());
        o.add("frozenOn", roi.frozenOn() == null ? JsonValue.NULL : Json.createValue(roi.frozenOn().toString()));
        JsonArrayBuilder groups = Json.createArrayBuilder();
        for (ResponseGroup g : roi.groups()) {
            groups.add(Json.createObjectBuilder().add("group", g.group().name()).add("responded", g.responded())
                    .add("customers", g.customers()).add("revenueBefore", g.revenueBefore()).add("revenueAfter", g.revenueAfter()));
        }
        o.add("beforeAfter", groups);
        JsonArrayBuilder channels = Json.createArrayBuilder();
        for (ChannelResponse c : roi.channels()) {
            channels.add(Json.createObjectBuilder().add("project", c.projectId()).add("channel", c.channel()).add("name", c.name())
                    .add("recipients", c.recipients()).add("sent", c.sent()).add("delivered", c.delivered())
                    .add("failed", c.failed()).add("opened", c.opened()).add("clicked", c.clicked())
                    .add("unsubscribed", c.unsubscribed()).add("returned", c.returned()));
        }
        o.add("channels", channels);
        return o.build();
    }

    private static BigDecimal round(double rate) {
        return new BigDecimal(rate).setScale(4, java.math.RoundingMode.HALF_UP);
    }

    private static void optional(JsonObjectBuilder o, String name, Optional<BigDecimal> value) {
        o.add(name, value.<JsonValue>map(Json::createValue).orElse(JsonValue.NULL));
    }
}
