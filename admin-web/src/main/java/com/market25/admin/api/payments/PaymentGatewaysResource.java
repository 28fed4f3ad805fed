package com.market25.admin.api.payments;

import com.market25.admin.api.Problem;
import com.market25.payment.CaptureBatch;
import com.market25.payment.CaptureBatchView;
import com.market25.payment.CaptureRow;
import com.market25.payment.GatewayForm;
import com.market25.payment.GatewayRegistry;
import com.market25.payment.GatewayView;
import com.market25.payment.PaymentMethod;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Set;

/**
 * The gateway registry and the capture batch over the API (PAY-01, PAY-03), as thin as the page:
 * {@code GET /admin/api/payments/gateways}; {@code POST …/gateways} registers one (201),
 * {@code PUT …/gateways/{id}} changes one (with its {@code version}), {@code PUT …/gateways/{id}/enabled}
 * with {@code {"enabled": false}}; {@code POST …/captures} runs the capture batch now and answers its
 * counts; {@code GET …/captures/{batchId}} lists its results. Roles are the boundaries' own.
 */
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentGatewaysResource {

    @EJB
    private GatewayRegistry registry;

    @EJB
    private CaptureBatch captures;

    @Inject
    private SecurityContext security;

    @GET
    @Path("gateways")
    public String gateways() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        registry.gateways().forEach(g -> list.add(json(g)));
        return list.build().toString();
    }

    @POST
    @Path("gateways")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(JsonObject body) {
        GatewayForm form = form(null, body);
        if (form == null) {
            return badBody();
        }
        long id = registry.save(form, caller());
        return Response.status(Response.Status.CREATED).entity(byId(id).toString()).build();
    }

    @PUT
    @Path("gateways/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") long id, JsonObject body) {
        GatewayForm form = form(id, body);
        if (form == null) {
            return badBody();
        }
        registry.save(form, caller());
        return Response.ok(byId(id).toString()).build();
    }

    @PUT
    @Path("gateways/{id}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enable(@PathParam("id") long id, JsonObject body) {
        if (body == null || !body.containsKey("enabled") || body.isNull("enabled")) {
            return badBody();
        }
        registry.setEnabled(id, body.getBoolean("enabled"), caller());
        return Response.ok(byId(id).toString()).build();
    }

    @POST
    @Path("gateways/health")
    public Response checkHealth() {
        registry.checkNow();
        return Response.ok(gateways()).build();
    }

    @POST
    @Path("captures")
    public Response capture() {
        return Response.ok(json(captures.runNow(caller())).toString()).build();
    }

    @GET
    @Path("captures/{batchId}")
    public Response captureResults(@PathParam("batchId") long batchId, @QueryParam("page") int page,
            @QueryParam("size") int size) {
        int rows = size <= 0 ? 100 : Math.min(size, 500);
        return captures.batch(batchId).map(b -> {
            JsonArrayBuilder results = Json.createArrayBuilder();
            for (CaptureRow r : captures.results(batchId, null, Math.max(0, page) * rows, rows)) {
                var row = Json.createObjectBuilder().add("paymentId", r.paymentId()).add("slipNo", r.slipNo())
                        .add("reference", r.reference()).add("method", r.method().name()).add("amount", r.amount())
                        .add("status", r.status().name()).add("attempts", r.attempts());
                if (r.captureNo() != null) {
                    row.add("captureNo", r.captureNo());
                }
                if (r.reason() != null) {
                    row.add("reason", r.reason());
                }
                results.add(row);
            }
            return Response.ok(Json.createObjectBuilder(json(b)).add("results", results).build().toString()).build();
        }).orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, Problem.domainText(null, "error.api.notFound")));
    }

    private JsonObject byId(long id) {
        return registry.gateways().stream().filter(g -> g.id() == id).findFirst().map(PaymentGatewaysResource::json)
                .orElseThrow();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    private static Response badBody() {
        return Problem.of(Response.Status.BAD_REQUEST, Problem.domainText(null, "error.api.invalid"));
    }

    /** The form in the body; null when a field has the wrong JSON type. */
    private static GatewayForm form(Long id, JsonObject body) {
        if (body == null) {
            return null;
        }
        try {
            Set<PaymentMethod> methods = EnumSet.noneOf(PaymentMethod.class);
            JsonArray list = body.containsKey("methods") && !body.isNull("methods") ? body.getJsonArray("methods") : null;
            if (list != null) {
                for (var v : list) {
                    methods.add(PaymentMethod.valueOf(((JsonString) v).getString()));
                }
            }
            return new GatewayForm(id, body.containsKey("version") ? body.getInt("version") : null,
                    body.getString("name", null), body.getString("endpointUrl", null),
                    body.getString("merchantId", null), body.getString("keyReference", ""),
                    body.containsKey("preference") ? body.getInt("preference") : null,
                    body.getBoolean("enabled", true), methods);
        } catch (ClassCastException | IllegalArgumentException e) {
            return null;
        }
    }

    static JsonObject json(GatewayView g) {
        JsonArrayBuilder methods = Json.createArrayBuilder();
        g.methods().forEach(m -> methods.add(m.name()));
        var b = Json.createObjectBuilder().add("id", g.id()).add("name", g.name()).add("endpointUrl", g.endpointUrl())
                .add("merchantId", g.merchantId()).add("keyReference", g.keyReference() == null ? "" : g.keyReference())
                .add("preference", g.preference()).add("enabled", g.enabled()).add("methods", methods)
                .add("health", g.health().name()).add("version", g.version());
        if (g.lastCheckAt() != null) {
            b.add("lastCheckAt", g.lastCheckAt().toString());
        }
        if (g.latencyMillis() != null) {
            b.add("latencyMillis", g.latencyMillis());
        }
        return b.build();
    }

    static JsonObject json(CaptureBatchView b) {
        var o = Json.createObjectBuilder().add("id", b.id()).add("trigger", b.trigger().name())
                .add("startedBy", b.startedBy()).add("cutoff", b.cutoff().toString())
                .add("startedAt", b.startedAt().toString()).add("captured", b.captured()).add("failed", b.failed());
        if (b.finishedAt() != null) {
            o.add("finishedAt", b.finishedAt().toString());
        }
        return o.build();
    }
}
