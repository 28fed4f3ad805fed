package com.market25.admin.api.phoneorder;

import com.market25.admin.api.Problem;
import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.ordering.Cart;
import com.market25.ordering.RecipientKind;
import com.market25.payment.CardCompany;
import com.market25.payment.CardDetails;
import com.market25.phoneorder.LogisticsMethod;
import com.market25.phoneorder.PhoneCustomer;
import com.market25.phoneorder.PhoneOrderDesk;
import com.market25.phoneorder.PhoneOrderRequest;
import com.market25.phoneorder.PhoneOrderResult;
import com.market25.phoneorder.PhonePayment;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Locale;

/**
 * 전화 주문 over JSON (ORD-03) under {@code /admin/api/phone-orders}, for call-centre software and
 * tests; the same rules as the screen ({@link PhoneOrderDesk}, roles 주문관리 and 운영자).
 *
 * <pre>
 * GET  form-key                 → {"formKey":"…"} (one order per key, however often it is posted)
 * GET  customers/{id}           → addresses, usable bonus, mileage
 * POST (body below)             → 201 {"slipNo","channel":"PHONE","staff","branch",…}; the same key again → 200, "repeated":true
 * {"customer":42,"formKey":"…","items":[{"code":"601041010112","quantity":1}],
 *  "logistics":"PARCEL","recipientKind":"HOME","recipientName":…,"recipientPhone":…,"recipientPostalCode":…,
 *  "recipientAddress":…,"deliveryNote":…,"pickupBranch":"0010","payment":"CARD_BY_PHONE"|"PAY_LATER",
 *  "card":{"company":"BC","number":"…","expiryMonth":"12","expiryYear":"2030","installmentMonths":0,"payerName":"…"}}
 * </pre>
 */
@Path("phone-orders")
@Produces(MediaType.APPLICATION_JSON)
public class PhoneOrderResource {

    @EJB
    private PhoneOrderDesk desk;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("form-key")
    public String formKey() {
        return Json.createObjectBuilder().add("formKey", desk.newFormKey()).build().toString();
    }

    @GET
    @Path("customers/{id}")
    public String customer(@PathParam("id") long id) {
        PhoneCustomer c = desk.customer(id);
        return Json.createObjectBuilder().add("id", c.id()).add("memberNo", c.memberNo()).add("name", c.name())
                .add("postalCode", nz(c.postalCode())).add("address", nz(c.address()))
                .add("workAddress", nz(c.workAddress())).add("bonusUsable", c.bonusUsable())
                .add("bonusTotal", c.bonusTotal()).add("bonusUnsettled", c.bonusUnsettled()).build().toString();
    }

    @POST
    public Response place(String body) {
        JsonObject in;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            in = reader.readValue() instanceof JsonObject o ? o : null;
        } catch (JsonException e) {
            in = null;
        }
        if (in == null) {
            Locale locale = headers.getAcceptableLanguages().isEmpty() ? Locale.KOREAN
                    : headers.getAcceptableLanguages().get(0);
            return Problem.of(Response.Status.BAD_REQUEST, Problem.domainText(locale, "error.api.json"));
        }
        PhoneOrderResult r = desk.take(request(in));
        JsonObjectBuilder out = Json.createObjectBuilder().add("slipNo", r.slipNo())
                .add("totalAmount", r.totalAmount()).add("channel", r.channel().name()).add("staff", r.staffLogin())
                .add("branch", r.branchCode()).add("logistics", r.logistics().name())
                .add("payment", r.paymentChoice().name()).add("repeated", r.repeated());
        if (r.payment() != null) {
            out.add("paymentApproved", r.payment().approved());
            if (r.payment().declineCode() != null) {
                out.add("declineCode", r.payment().declineCode());
            }
        }
        return Response.status(r.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(out.build().toString()).build();
    }

    /** The request, every unreadable field refused by name (422) before the desk sees it. */
    private static PhoneOrderRequest request(JsonObject in) {
        Checks checks = new Checks();
        Cart cart = new Cart();
        JsonValue items = in.get("items");
        if (items != null && items.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : items.asJsonArray()) {
                if (item instanceof JsonObject o && o.get("code") instanceof JsonString code
                        && o.get("quantity") instanceof JsonNumber quantity && quantity.isIntegral()) {
                    try {
                        cart.add(code.getString().trim(), quantity.intValue());
                    } catch (InvalidInputException e) {
                        e.fieldErrors().forEach(checks::reject);
                    }
                } else {
                    checks.reject("items", "error.api.invalid");
                }
            }
        }
        JsonObject card = in.get("card") instanceof JsonObject c ? c : JsonValue.EMPTY_JSON_OBJECT;
        long customer = in.get("customer") instanceof JsonNumber n ? n.longValue() : -1;
        CardDetails details = in.containsKey("card") ? new CardDetails(
                enumOf(CardCompany.class, text(card, "company"), "cardCompany", checks), text(card, "number"),
                text(card, "expiryMonth"), text(card, "expiryYear"),
                card.get("installmentMonths") instanceof JsonNumber m ? m.intValue() : 0, text(card, "payerName"))
                : null;
        PhoneOrderRequest request = new PhoneOrderRequest(customer, text(in, "formKey"), cart,
                enumOf(LogisticsMethod.class, text(in, "logistics"), "logistics", checks),
                enumOf(RecipientKind.class, text(in, "recipientKind"), "recipientKind", checks),
                text(in, "recipientName"), text(in, "recipientPhone"), text(in, "recipientPostalCode"),
                text(in, "recipientAddress"), text(in, "deliveryNote"), text(in, "pickupBranch"),
                enumOf(PhonePayment.class, text(in, "payment"), "payment", checks), details);
        checks.throwIfAny();
        return request;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String field, Checks checks) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            checks.reject(field, "error.api.invalid");
            return null;
        }
    }

    private static String text(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
