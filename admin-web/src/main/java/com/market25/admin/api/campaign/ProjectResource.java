package com.market25.admin.api.campaign;

import com.market25.admin.api.NotFound;
import com.market25.campaign.channel.MessageChannel;
import com.market25.campaign.dispatch.ProjectDesk;
import com.market25.campaign.dispatch.ProjectView;
import com.market25.common.InvalidInputException;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Channel projects of a campaign (MKT-05, MKT-06): {@code POST /projects} with {@code {"campaign",
 * "channel", "name", "templateId", "unitCost", "throttlePerMinute"}}, {@code GET /projects?campaign=}, and
 * dispatch / pause / resume of one project with its progress.
 */
@Path("projects")
public class ProjectResource {

    @EJB
    private ProjectDesk projects;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        Long campaignId = number(body, "campaign");
        if (campaignId == null) {
            throw InvalidInputException.of("campaign", "error.campaign.unknown");
        }
        MessageChannel channel;
        try {
            channel = MessageChannel.valueOf(body.getString("channel", "").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw InvalidInputException.of("channel", "error.campaign.choice");
        }
        ProjectView created = projects.create(campaignId, channel, body.getString("name", ""), number(body, "templateId"),
                amount(body), number(body, "throttlePerMinute") == null ? null : number(body, "throttlePerMinute").intValue(),
                sendAt(body));
        return Response.created(uri.getBaseUriBuilder().path("projects/{id}").build(created.id())).entity(json(created).toString()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@jakarta.ws.rs.QueryParam("campaign") long campaignId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        projects.ofCampaign(campaignId).forEach(p -> all.add(json(p)));
        return all.build().toString();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") long id) {
        return projects.find(id).map(p -> Response.ok(json(p).toString()).build()).orElseGet(() -> NotFound.of(headers));
    }

    @POST
    @Path("{id}/dispatch")
    @Produces(MediaType.APPLICATION_JSON)
    public Response dispatch(@PathParam("id") long id) {
        return projects.find(id).isEmpty() ? NotFound.of(headers) : Response.ok(json(projects.dispatch(id)).toString()).build();
    }

    @POST
    @Path("{id}/pause")
    @Produces(MediaType.APPLICATION_JSON)
    public Response pause(@PathParam("id") long id) {
        return projects.find(id).isEmpty() ? NotFound.of(headers) : Response.ok(json(projects.pause(id)).toString()).build();
    }

    @POST
    @Path("{id}/resume")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resume(@PathParam("id") long id) {
        return projects.find(id).isEmpty() ? NotFound.of(headers) : Response.ok(json(projects.resume(id)).toString()).build();
    }

    private static Long number(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw InvalidInputException.of(field, "error.campaign.number");
        }
        return n.longValue();
    }

    /** {@code "sendAt": "2027-01-05T09:00"} (Korean time, as the server keeps it), or absent: at once. */
    private static java.time.LocalDateTime sendAt(JsonObject body) {
        JsonValue v = body.get("sendAt");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(((jakarta.json.JsonString) v).getString().trim());
        } catch (ClassCastException | java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("sendAt", "error.project.sendAt");
        }
    }

    private static BigDecimal amount(JsonObject body) {
        JsonValue v = body.get("unitCost");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n)) {
            throw InvalidInputException.of("unitCost", "error.project.unitCost");
        }
        return n.bigDecimalValue();
    }

    static JsonObject json(ProjectView p) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", p.id()).add("campaign", p.campaignId())
                .add("channel", p.channel().name()).add("name", p.name()).add("unitCost", p.unitCost())
                .add("status", p.status().name()).add("recipients", p.recipients()).add("pending", p.pending())
                .add("sent", p.sent()).add("skipped", p.skipped()).add("percent", p.percent())
                .add("createdBy", p.createdBy()).add("createdAt", p.createdAt().toString());
        o.add("templateId", p.templateId() == null ? JsonValue.NULL : Json.createValue(p.templateId()));
        o.add("sendAt", p.sendAt() == null ? JsonValue.NULL : Json.createValue(p.sendAt().toString()));
        o.add("throttlePerMinute", p.throttlePerMinute() == null ? JsonValue.NULL : Json.createValue(p.throttlePerMinute()));
        return o.build();
    }
}
