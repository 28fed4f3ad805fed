package com.market25.admin.api.settlement;

import com.market25.admin.api.Problem;
import com.market25.settlement.PeriodClosing;
import com.market25.settlement.PeriodProgress;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * 기간 마감 over the API: {@code POST /admin/api/settlement/periods} with {@code {"from", "to"}}
 * starts a period closing (202, Location); {@code GET …/periods/{id}} tells its progress;
 * {@code POST …/periods/{id}/cancel} stops it after the current day.
 */
@Path("settlement/periods")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodClosingResource {

    @EJB
    private PeriodClosing periods;

    @Inject
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonObject body) {
        LocalDate from;
        LocalDate to;
        try {
            from = date(body, "from");
            to = date(body, "to");
        } catch (DateTimeParseException | ClassCastException e) {
            return Problem.of(Response.Status.BAD_REQUEST, Problem.domainText(null, "error.api.invalid"),
                    Map.of("from", "yyyy-MM-dd", "to", "yyyy-MM-dd"));
        }
        PeriodProgress started = periods.start(from, to, security.getCallerPrincipal().getName());
        return Response.accepted(json(started).toString())
                .location(uri.getAbsolutePathBuilder().path(Long.toString(started.id())).build())
                .build();
    }

    @GET
    @Path("{id}")
    public Response progress(@PathParam("id") long id) {
        return periods.progress(id)
                .map(p -> Response.ok(json(p).toString()).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, Problem.domainText(null, "error.api.notFound")));
    }

    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        if (periods.cancel(id)) {
            return Response.accepted().build();
        }
        return progress(id);
    }

    private static LocalDate date(JsonObject body, String name) {
        return body == null || !body.containsKey(name) || body.isNull(name) ? null : LocalDate.parse(body.getString(name));
    }

    private static JsonObject json(PeriodProgress p) {
        var b = Json.createObjectBuilder()
                .add("id", p.id())
                .add("from", p.firstDay().toString())
                .add("to", p.lastDay().toString())
                .add("status", p.status().name())
                .add("daysTotal", p.daysTotal())
                .add("daysDone", p.daysDone())
                .add("percent", p.percent())
                .add("ordersClosed", p.ordersClosed())
                .add("amountClosed", p.amountClosed())
                .add("bonusSettled", p.bonusSettled())
                .add("startedBy", p.startedBy())
                .add("startedAt", p.startedAt().toString())
                .add("elapsedSeconds", p.elapsedSeconds())
                .add("secondsLeft", p.secondsLeft())
                .add("resumed", p.resumed());
        if (p.finishedAt() != null) {
            b.add("finishedAt", p.finishedAt().toString());
        }
        if (p.message() != null) {
            b.add("message", p.message());
        }
        return b.build();
    }
}
