package com.market25.admin.api.aftersales;

import com.market25.admin.api.Problem;
import com.market25.aftersales.AfterSalesDesk;
import com.market25.aftersales.ClaimQuery;
import com.market25.aftersales.ClaimReason;
import com.market25.aftersales.ClaimRow;
import com.market25.aftersales.ClaimStatus;
import com.market25.aftersales.ClaimView;
import com.market25.aftersales.OrderAfterSales;
import com.market25.common.InvalidInputException;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderStatus;
import com.market25.payment.BankAccount;
import com.market25.payment.RefundDesk;
import com.market25.payment.RefundView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * After-sales over the API (ORD-01), the same boundary as the after-sales screen:
 * <ul>
 * <li>{@code GET after-sales/orders/{slip}}: items with their states, item history, claims, refunds, bonus</li>
 * <li>{@code POST after-sales/orders/{slip}/cancel} {@code {"lines":[1],"requestId":"…","reason":"DEFECTIVE"}}
 * (a paid 무통장입금 order also {@code "bank","accountNumber","holder"}: where its money goes back):
 * staff cancel before shipment (refund at once); the same requestId again answers the same claim</li>
 * <li>{@code POST after-sales/orders/{slip}/status} {@code {"to":"DELIVERED"}}: the slip's life cycle (as 전표별 주문관리)</li>
 * <li>{@code GET after-sales/orders/{slip}/gateway}: what the gateway says of the order's approval now</li>
 * <li>{@code GET after-sales/claims?status=&kind=&open=&page=&size=}, {@code GET after-sales/claims/{id}}</li>
 * <li>{@code POST after-sales/claims/{id}/accept|reject|receive|refund|reship|paid-out|retry}
 * ({@code reject}: {@code {"note"}}, {@code refund}: optional {@code {"bank","accountNumber","holder"}})</li>
 * </ul>
 */
@Path("after-sales")
@Produces(MediaType.APPLICATION_JSON)
public class AfterSalesResource {

    @EJB
    private AfterSalesDesk desk;

    @EJB
    private OrderDesk orders;

    @EJB
    private RefundDesk refunds;

    @Inject
    private SecurityContext security;

    @GET
    @Path("orders/{slip}")
    public Response order(@PathParam("slip") String slip) {
        return desk.order(slip).map(o -> Response.ok(json(o).toString()).build()).orElseGet(AfterSalesResource::notFound);
    }

    @POST
    @Path("orders/{slip}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("slip") String slip, JsonObject body) {
        ClaimView claim = desk.cancelByStaff(slip, lines(body), reason(body), text(body, "reasonText"),
                BankAccount.of(text(body, "bank"), text(body, "accountNumber"), text(body, "holder")),
                text(body, "requestId"), caller());
        return Response.ok(json(claim).toString()).build();
    }

    @POST
    @Path("orders/{slip}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("slip") String slip, JsonObject body) {
        OrderStatus target;
        try {
            target = OrderStatus.valueOf(text(body, "to"));
        } catch (RuntimeException e) {
            throw InvalidInputException.of("to", "error.api.invalid");
        }
        OrderStatus now = orders.move(slip, target, caller());
        return Response.ok(Json.createObjectBuilder().add("slipNo", slip).add("status", now.name()).build().toString())
                .build();
    }

    @GET
    @Path("orders/{slip}/gateway")
    public Response gateway(@PathParam("slip") String slip) {
        var order = orders.afterSalesOf(slip);
        if (order.isEmpty()) {
            return notFound();
        }
        return refunds.gatewayStatus(order.get().orderId())
                .map(s -> Response.ok(Json.createObjectBuilder()
                        .add("reference", s.reference())
                        .add("state", s.state())
                        .add("approvedAmount", s.approved())
                        .add("cancelledAmount", s.cancelled())
                        .add("remainingAmount", s.remaining())
                        .build().toString()).build())
                .orElseGet(AfterSalesResource::notFound);
    }

    @GET
    @Path("claims")
    public Response claims(@QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("open") @DefaultValue("false") boolean open, @QueryParam("slip") String slip,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        ClaimQuery q;
        try {
            q = new ClaimQuery(kind == null ? null : com.market25.aftersales.ClaimKind.valueOf(kind),
                    status == null ? null : ClaimStatus.valueOf(status), open, slip, null, false);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "error.api.invalid");
        }
        int pageSize = Math.min(Math.max(1, size), 200);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (ClaimRow r : desk.claims(q, Math.max(0, page) * pageSize, pageSize)) {
            rows.add(Json.createObjectBuilder().add("id", r.id()).add("slipNo", r.slipNo()).add("kind", r.kind().name())
                    .add("status", r.status().name()).add("reason", r.reason().name()).add("amount", r.amount())
                    .add("requestedBy", r.requestedBy()).add("requestedAt", r.requestedAt().toString()));
        }
        return Response.ok(Json.createObjectBuilder().add("total", desk.countClaims(q)).add("claims", rows).build()
                .toString()).build();
    }

    @GET
    @Path("claims/{id}")
    public Response claim(@PathParam("id") long id) {
        return Response.ok(json(desk.claim(id)).toString()).build();
    }

    @POST
    @Path("claims/{id}/{step}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response step(@PathParam("id") long id, @PathParam("step") String step, JsonObject body) {
        String by = caller();
        ClaimView claim = switch (step) {
            case "accept" -> desk.accept(id, by);
            case "reject" -> desk.reject(id, text(body, "note"), by);
            case "receive" -> desk.receive(id, by);
            case "refund" -> desk.refund(id, BankAccount.of(text(body, "bank"), text(body, "accountNumber"),
                    text(body, "holder")), by);
            case "reship" -> desk.reship(id, by);
            case "paid-out" -> desk.paidOut(id, by);
            case "retry" -> desk.retryRefund(id);
            default -> null;
        };
        return claim == null ? notFound() : Response.ok(json(claim).toString()).build();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    private static Response notFound() {
        return Problem.of(Response.Status.NOT_FOUND, Problem.domainText(null, "error.api.notFound"));
    }

    private static Set<Integer> lines(JsonObject body) {
        Set<Integer> lines = new TreeSet<>();
        if (body != null && body.get("lines") instanceof jakarta.json.JsonArray array) {
            for (JsonValue v : array) {
                if (!(v instanceof JsonNumber n)) {
                    throw InvalidInputException.of("lines", "error.linesUnknown");
                }
                lines.add(n.intValue());
            }
        }
        return lines;
    }

    private static ClaimReason reason(JsonObject body) {
        String r = text(body, "reason");
        try {
            return r == null ? ClaimReason.OTHER : ClaimReason.valueOf(r);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("reason", "error.api.invalid");
        }
    }

    private static String text(JsonObject body, String name) {
        if (body == null || !body.containsKey(name) || body.isNull(name)) {
            return null;
        }
        JsonValue v = body.get(name);
        return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }

    static JsonObject json(ClaimView c) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", c.id()).add("slipNo", c.slipNo()).add("kind", c.kind().name()).add("status", c.status().name())
                .add("reason", c.reason().name()).add("amount", c.amount()).add("requestedBy", c.requestedBy())
                .add("requestedAt", c.requestedAt().toString());
        JsonArrayBuilder lines = Json.createArrayBuilder();
        c.lineNos().forEach(lines::add);
        b.add("lines", lines);
        if (c.maskedAccountNo() != null) {
            b.add("bank", c.bankName()).add("accountNumber", c.maskedAccountNo()).add("holder", c.accountHolder());
        }
        if (c.decisionNote() != null) {
            b.add("note", c.decisionNote());
        }
        if (c.refund() != null) {
            b.add("refund", json(c.refund()));
        }
        return b.build();
    }

    static JsonObject json(RefundView r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id()).add("method", r.method().name())
                .add("amount", r.amount()).add("bonusAmount", r.bonusAmount()).add("status", r.status().name())
                .add("requestedBy", r.requestedBy());
        if (r.cancelId() != null) {
            b.add("cancelId", r.cancelId());
        }
        if (r.gatewayResult() != null) {
            b.add("gatewayResult", r.gatewayResult());
        }
        if (r.maskedAccountNo() != null) {
            b.add("bank", r.bankName()).add("accountNumber", r.maskedAccountNo()).add("holder", r.accountHolder());
        }
        if (r.completedBy() != null) {
            b.add("completedBy", r.completedBy());
        }
        return b.build();
    }

    static JsonObject json(OrderAfterSales o) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        o.items().forEach(i -> items.add(Json.createObjectBuilder().add("line", i.lineNo()).add("productCode", i.productCode())
                .add("quantity", i.quantity()).add("amount", i.lineAmount()).add("state", i.state().name())));
        JsonArrayBuilder claims = Json.createArrayBuilder();
        o.claims().forEach(c -> claims.add(json(c)));
        JsonArrayBuilder history = Json.createArrayBuilder();
        o.history().forEach(h -> history.add(Json.createObjectBuilder().add("line", h.lineNo())
                .add("from", h.from() == null ? "" : h.from().name()).add("to", h.to().name()).add("by", h.by())
                .add("at", h.at().toString())));
        return Json.createObjectBuilder().add("slipNo", o.slipNo()).add("total", o.totalAmount())
                .add("bonusUsed", o.bonusUsed()).add("bonusReturned", o.bonusReturned())
                .add("refunded", o.refundedAmount()).add("cancellable", o.cancellable()).add("returnable", o.returnable())
                .add("items", items).add("claims", claims).add("history", history).build();
    }
}
