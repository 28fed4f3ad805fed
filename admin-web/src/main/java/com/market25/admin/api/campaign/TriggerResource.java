package com.market25.admin.api.campaign;

import com.market25.campaign.TriggerAction;
import com.market25.campaign.TriggerDesk;
import com.market25.campaign.TriggerEvent;
import com.market25.campaign.TriggerFiring;
import com.market25.campaign.TriggerRule;
import com.market25.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.json.Json;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/**
 * Trigger rules over the JSON API (MKT-09): {@code {"name", "event": FIRST_PURCHASE|LAPSED|BIRTHDAY|GRADE_CHANGE,
 * "days", "action": NOTIFY|ADD_TO_CAMPAIGN|SEND_SMS, "campaignId", "templateId"}}; the firings as
 * the notification list; evaluate now.
 */
@Path("triggers")
public class TriggerResource {

    @EJB
    private TriggerDesk triggers;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        TriggerRule created = triggers.create(new TriggerRule(0, body.getString("name", ""),
                choice(TriggerEvent.class, body, "event"), number(body, "days") == null ? null : number(body, "days").intValue(),
                choice(TriggerAction.class, body, "action"), number(body, "campaignId"), number(body, "templateId"), true, null, null));
        return Response.created(uri.getBaseUriBuilder().path("triggers/{id}").build(created.id())).entity(json(created).toString()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        triggers.rules().forEach(r -> all.add(json(r)));
        return all.build().toString();
    }

    @POST
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response active(@PathParam("id") long id, JsonObject body) {
        triggers.setActive(id, body.getBoolean("active", true));
        return Response.noContent().build();
    }

    @POST
    @Path("evaluation")
    @Produces(MediaType.APPLICATION_JSON)
    public String evaluate() {
        return Json.createObjectBuilder().add("fired", triggers.evaluateNow()).build().toString();
    }

    @GET
    @Path("firings")
    @Produces(MediaType.APPLICATION_JSON)
    public String firings(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("100") int size) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (TriggerFiring f : triggers.firings(first, size)) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("rule", f.ruleId()).add("ruleName", f.ruleName())
                    .add("customer", f.customerId()).add("memberNo", f.memberNo()).add("period", f.periodKey())
                    .add("firedAt", f.firedAt().toString());
            o.add("outcome", f.outcome() == null ? JsonValue.NULL : Json.createValue(f.outcome()));
            all.add(o);
        }
        return Json.createObjectBuilder().add("total", triggers.firingCount()).add("firings", all).build().toString();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, JsonObject body, String field) {
        try {
            return Enum.valueOf(type, body.getString(field, "").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw InvalidInputException.of(field, "error.campaign.choice");
        }
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

    static JsonObject json(TriggerRule r) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", r.id()).add("name", r.name()).add("event", r.event().name())
                .add("action", r.action().name()).add("active", r.active()).add("createdBy", r.createdBy())
                .add("createdAt", r.createdAt().toString());
        o.add("days", r.days() == null ? JsonValue.NULL : Json.createValue(r.days()));
        o.add("campaignId", r.campaignId() == null ? JsonValue.NULL : Json.createValue(r.campaignId()));
        o.add("templateId", r.templateId() == null ? JsonValue.NULL : Json.createValue(r.templateId()));
        return o.build();
    }
}
