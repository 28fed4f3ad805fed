package com.market25.admin.api.inventory;

import com.market25.admin.api.Problem;
import com.market25.inventory.DocumentItem;
import com.market25.inventory.ItemRequest;
import com.market25.inventory.MovementKind;
import com.market25.inventory.MovementQuery;
import com.market25.inventory.MovementRow;
import com.market25.inventory.ReceiptView;
import com.market25.inventory.StockDesk;
import com.market25.inventory.StockQuery;
import com.market25.inventory.StockRow;
import com.market25.inventory.StockSort;
import com.market25.inventory.TransferView;
import com.market25.inventory.WarehouseView;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
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
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stock across warehouses (INV-01) under {@code /admin/api/stock}: 재고 현황, alerts, safety stock,
 * adjustments, 입출고 내역, transfers (request → ship → receive with 납품 확인, cancel) and goods
 * receipts. Roles as on the screens: 주문관리 and 운영자 change, 조회전용 reads (the boundary checks).
 */
@Path("stock")
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    @EJB
    private StockDesk desk;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @Path("warehouses")
    public String warehouses() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (WarehouseView w : desk.warehouses()) {
            all.add(Json.createObjectBuilder().add("id", w.id()).add("code", w.code()).add("name", w.name())
                    .add("kind", w.kind().name()).add("branchCode", w.branchCode()).add("active", w.active()));
        }
        return all.build().toString();
    }

    /** {@code GET levels?warehouse=&branch=&product=&belowSafety=true&sort=AVAILABLE&page=0&size=50}. */
    @GET
    @Path("levels")
    public String levels(@QueryParam("warehouse") Long warehouse, @QueryParam("branch") String branch,
            @QueryParam("product") String product, @QueryParam("belowSafety") boolean belowSafety,
            @QueryParam("sort") StockSort sort, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        var result = desk.stock(new StockQuery(warehouse, branch, product, belowSafety), sort, page * size, size);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        result.rows().forEach(r -> rows.add(level(r)));
        return Json.createObjectBuilder().add("total", result.total()).add("rows", rows).build().toString();
    }

    @GET
    @Path("alerts")
    public String alerts() {
        return Json.createObjectBuilder().add("belowSafety", desk.belowSafetyCount()).build().toString();
    }

    /** {@code PUT levels/{warehouse}/{product}/safety} with {@code {"safetyStock": n}}. */
    @PUT
    @Path("levels/{warehouse}/{product}/safety")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response safety(@PathParam("warehouse") long warehouse, @PathParam("product") String product, String body) {
        JsonObject in = read(body);
        if (in == null) {
            return badJson();
        }
        desk.setSafetyStock(warehouse, product, (int) number(in, "safetyStock", -1));
        return Response.ok(levelJson(warehouse, product)).build();
    }

    /** {@code POST adjustments} with {@code {"warehouse", "product", "change": ±n, "reason"}} → the level after. */
    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response adjust(String body) {
        JsonObject in = read(body);
        if (in == null) {
            return badJson();
        }
        long warehouse = number(in, "warehouse", 0);
        String product = string(in, "product");
        desk.adjust(warehouse, product, (int) number(in, "change", 0), string(in, "reason"));
        return Response.ok(levelJson(warehouse, product)).build();
    }

    /** {@code GET movements?warehouse=&product=&kind=&page=0&size=50}, newest first. */
    @GET
    @Path("movements")
    public String movements(@QueryParam("warehouse") Long warehouse, @QueryParam("product") String product,
            @QueryParam("kind") MovementKind kind, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        var result = desk.movements(new MovementQuery(warehouse, product, kind), page * size, size);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (MovementRow m : result.rows()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", m.id()).add("movedAt", String.valueOf(m.movedAt()))
                    .add("warehouse", m.warehouseCode()).add("product", m.productCode()).add("kind", m.kind().name())
                    .add("quantity", m.quantity()).add("onHandAfter", m.onHandAfter())
                    .add("reservedAfter", m.reservedAfter()).add("movedBy", m.movedBy());
            add(o, "reason", m.reason());
            add(o, "reference", m.reference());
            rows.add(o);
        }
        return Json.createObjectBuilder().add("total", result.total()).add("rows", rows).build().toString();
    }

    /**
     * {@code POST transfers} with {@code {"from", "to", "items": [{"product", "quantity"}], "note",
     * "requestKey"}} → 201 and the transfer (요청).
     */
    @POST
    @Path("transfers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestTransfer(String body) {
        JsonObject in = read(body);
        if (in == null) {
            return badJson();
        }
        TransferView t = desk.requestTransfer(number(in, "from", 0), number(in, "to", 0), items(in), string(in, "note"),
                string(in, "requestKey"));
        return Response.created(uri.getBaseUriBuilder().path("stock/transfers/{id}").build(t.id()))
                .entity(transfer(t).toString()).build();
    }

    @GET
    @Path("transfers/{id}")
    public Response transfer(@PathParam("id") long id) {
        return desk.transfer(id).map(t -> Response.ok(transfer(t).toString()).build()).orElseGet(this::notFound);
    }

    @POST
    @Path("transfers/{id}/ship")
    public String ship(@PathParam("id") long id) {
        return transfer(desk.shipTransfer(id)).toString();
    }

    /** {@code POST transfers/{id}/receive} with {@code {"confirmed": {"<line>": n}}} (lines not named arrived in full). */
    @POST
    @Path("transfers/{id}/receive")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("id") long id, String body) {
        JsonObject in = body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : read(body);
        if (in == null) {
            return badJson();
        }
        return Response.ok(transfer(desk.receiveTransfer(id, confirmed(in))).toString()).build();
    }

    @POST
    @Path("transfers/{id}/cancel")
    public String cancel(@PathParam("id") long id) {
        return transfer(desk.cancelTransfer(id)).toString();
    }

    /** {@code POST receipts} with {@code {"warehouse", "supplier", "items": […], "note", "requestKey"}} → 201 (입고 예정). */
    @POST
    @Path("receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerReceipt(String body) {
        JsonObject in = read(body);
        if (in == null) {
            return badJson();
        }
        ReceiptView r = desk.registerReceipt(number(in, "warehouse", 0), string(in, "supplier"), items(in),
                string(in, "note"), string(in, "requestKey"));
        return Response.created(uri.getBaseUriBuilder().path("stock/receipts/{id}").build(r.id()))
                .entity(receipt(r).toString()).build();
    }

    @GET
    @Path("receipts/{id}")
    public Response receipt(@PathParam("id") long id) {
        return desk.receipt(id).map(r -> Response.ok(receipt(r).toString()).build()).orElseGet(this::notFound);
    }

    @POST
    @Path("receipts/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirmReceipt(@PathParam("id") long id, String body) {
        JsonObject in = body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : read(body);
        if (in == null) {
            return badJson();
        }
        return Response.ok(receipt(desk.confirmReceipt(id, confirmed(in))).toString()).build();
    }

    @POST
    @Path("receipts/{id}/cancel")
    public String cancelReceipt(@PathParam("id") long id) {
        return receipt(desk.cancelReceipt(id)).toString();
    }

    // ---------------------------------------------------------------- JSON

    private String levelJson(long warehouse, String product) {
        return desk.level(warehouse, product).map(r -> level(r).build().toString()).orElse("{}");
    }

    private static JsonObjectBuilder level(StockRow r) {
        return Json.createObjectBuilder().add("warehouseId", r.warehouseId()).add("warehouse", r.warehouseCode())
                .add("branchCode", r.branchCode()).add("productId", r.productId()).add("product", r.productCode())
                .add("productName", r.productName()).add("onHand", r.onHand()).add("reserved", r.reserved())
                .add("available", r.available()).add("safetyStock", r.safetyStock()).add("belowSafety", r.belowSafety());
    }

    private static JsonObject transfer(TransferView t) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", t.id()).add("transferNo", t.transferNo())
                .add("from", t.fromWarehouseId()).add("to", t.toWarehouseId()).add("status", t.status().name())
                .add("requestedBy", t.requestedBy()).add("quantity", t.quantity()).add("shortfall", t.shortfall());
        add(o, "note", t.note());
        add(o, "shippedBy", t.shippedBy());
        add(o, "receivedBy", t.receivedBy());
        return o.add("items", items(t.items())).build();
    }

    private static JsonObject receipt(ReceiptView r) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", r.id()).add("receiptNo", r.receiptNo())
                .add("warehouse", r.warehouseId()).add("supplier", r.supplier()).add("status", r.status().name())
                .add("quantity", r.quantity()).add("shortfall", r.shortfall());
        add(o, "receivedBy", r.receivedBy());
        return o.add("items", items(r.items())).build();
    }

    private static JsonArrayBuilder items(List<DocumentItem> items) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (DocumentItem i : items) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("line", i.lineNo()).add("product", i.productCode())
                    .add("quantity", i.quantity()).add("shortfall", i.shortfall());
            if (i.confirmedQuantity() == null) {
                o.addNull("confirmed");
            } else {
                o.add("confirmed", i.confirmedQuantity());
            }
            all.add(o);
        }
        return all;
    }

    private static List<ItemRequest> items(JsonObject in) {
        List<ItemRequest> items = new ArrayList<>();
        if (in.get("items") instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonObject o) {
                    items.add(new ItemRequest(string(o, "product"), (int) number(o, "quantity", 0)));
                }
            }
        }
        return items;
    }

    private static Map<Integer, Integer> confirmed(JsonObject in) {
        Map<Integer, Integer> confirmed = new HashMap<>();
        if (in.get("confirmed") instanceof JsonObject o) {
            for (var e : o.entrySet()) {
                if (e.getKey().matches("\\d{1,4}") && e.getValue() instanceof JsonNumber n) {
                    confirmed.put(Integer.parseInt(e.getKey()), n.isIntegral() ? n.intValue() : -1);
                } else {
                    confirmed.put(-1, -1); // refused by the boundary as a line not on the document
                }
            }
        }
        return confirmed;
    }

    private static void add(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static JsonObject read(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject o ? o : null;
        } catch (JsonException e) {
            return null;
        }
    }

    private static String string(JsonObject in, String name) {
        return in.get(name) instanceof JsonString s ? s.getString() : null;
    }

    /** A whole number, or {@code otherwise} (which the boundary refuses) for anything else. */
    private static long number(JsonObject in, String name, long otherwise) {
        if (in.get(name) instanceof JsonNumber n && n.isIntegral()) {
            long v = n.longValue();
            return v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? otherwise : v;
        }
        return otherwise;
    }

    private Response badJson() {
        return Problem.of(Response.Status.BAD_REQUEST, Problem.domainText(language(), "error.api.json"));
    }

    private Response notFound() {
        return Problem.of(Response.Status.NOT_FOUND, Problem.domainText(language(), "error.api.notFound"));
    }

    private Locale language() {
        return headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.KOREAN : headers.getAcceptableLanguages().get(0);
    }
}
