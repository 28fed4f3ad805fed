package com.market25.admin.api.customer;

import com.market25.admin.api.Problem;
import com.market25.customer.Customer;
import com.market25.customer.CustomerDesk;
import com.market25.customer.CustomerOrigin;
import com.market25.customer.CustomerPage;
import com.market25.customer.CustomerProfile;
import com.market25.customer.CustomerQuery;
import com.market25.customer.CustomerSort;
import com.market25.customer.NoteKind;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.SlipRow;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The customer database over JSON (issue 8 §5, MEM-01/02/05/06) under {@code /admin/api/customers}.
 * Thin: every rule is in {@link CustomerDesk}, whose roles decide (마케팅 and 운영자 reach the
 * API at all; erasure and export are for 운영자). Refused input is 422 with a Korean message per
 * field, an unknown customer 404, a refused role 403, all as problem details.
 */
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @EJB
    private CustomerDesk desk;

    @EJB
    private OrderDesk orderDesk;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** {@code GET /customers?q=…&origin=&includeErased=&sort=&page=0&size=20}: a page of the search. */
    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("origin") String origin,
            @QueryParam("includeErased") @DefaultValue("false") boolean includeErased,
            @QueryParam("sort") String sort, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        CustomerOrigin originFilter;
        CustomerSort order;
        try {
            originFilter = origin == null || origin.isBlank() ? null
                    : CustomerOrigin.valueOf(origin.trim().toUpperCase(Locale.ROOT));
            order = sort == null || sort.isBlank() ? null : CustomerSort.valueOf(sort.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Problem.of(Response.Status.BAD_REQUEST, text("error.customer.choice"));
        }
        if (page < 0 || size < 1 || size > CustomerDesk.MAX_PAGE) {
            return Problem.of(Response.Status.BAD_REQUEST, text("error.api.paging"));
        }
        CustomerPage result = desk.search(new CustomerQuery(q, originFilter, includeErased), order, page * size, size);
        JsonArrayBuilder items = Json.createArrayBuilder();
        result.rows().forEach(r -> items.add(CustomerJson.row(r)));
        return Response.ok(Json.createObjectBuilder()
                .add("items", items)
                .add("page", page)
                .add("size", size)
                .add("total", result.total())
                .add("totalCapped", result.capped())
                .build().toString()).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Optional<CustomerProfile> profile = desk.profile(id);
        if (profile.isEmpty()) {
            return notFound();
        }
        return Response.ok(CustomerJson.profile(profile.get(), desk.form(id)).toString()).build();
    }

    /** {@code POST /customers}: 201 with Location; the body is the form plus optional {@code consents}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(String body) {
        JsonObject in = read(body);
        if (in == null) {
            return badJson();
        }
        JsonValue consents = in.get("consents");
        Customer created = desk.register(CustomerJson.form(in),
                consents instanceof JsonObject c ? CustomerJson.consents(c) : null);
        // read back after the commit: consents were written by MemberDesk, not through this entity
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(current(created.getId())).build();
    }

    /** {@code GET /customers/{id}/orders?page=0&size=20}: the customer's orders, newest first, from the ordering boundary. */
    @GET
    @Path("{id}/orders")
    public Response orders(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (desk.find(id).isEmpty()) {
            return notFound();
        }
        if (page < 0 || size < 1 || size > 100) {
            return Problem.of(Response.Status.BAD_REQUEST, text("error.api.paging"));
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (SlipRow o : orderDesk.ordersOfCustomer(id, page * size, size)) {
            JsonObjectBuilder line = Json.createObjectBuilder().add("slipNo", o.slipNo())
                    .add("status", o.status().name()).add("orderedAt", String.valueOf(o.orderedAt()))
                    .add("channel", o.channel().name()).add("totalAmount", o.totalAmount());
            items.add(line);
        }
        return Response.ok(Json.createObjectBuilder().add("items", items).add("page", page).add("size", size)
                .add("total", orderDesk.countOrdersOfCustomer(id)).build().toString()).build();
    }

    /** {@code PUT /customers/{id}}: the whole form; {@code version} (optional) refuses a stale save. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, String body) {
        return withBody(id, body, in -> {
            Integer version = in.get("version") instanceof JsonNumber n ? n.intValue() : null;
            desk.update(id, version, CustomerJson.form(in));
            return Response.ok(current(id)).build();
        });
    }

    /** {@code PUT /customers/{id}/consents} with {@code {"email":true,"sms":false,"dm":false,"phone":false}}. */
    @PUT
    @Path("{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response consents(@PathParam("id") long id, String body) {
        return withBody(id, body, in -> {
            desk.changeConsents(id, CustomerJson.consents(in));
            return get(id);
        });
    }

    /** {@code POST /customers/{id}/notes} with {@code {"kind":"CALL_IN","body":"…"}}: 201. */
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response note(@PathParam("id") long id, String body) {
        return withBody(id, body, in -> {
            desk.addNote(id, noteKind(CustomerJson.text(in, "kind")), CustomerJson.text(in, "body"));
            return Response.status(Response.Status.CREATED).entity(get(id).getEntity()).build();
        });
    }

    /** NOTE when not given; null (refused by the boundary with a message) when not one of the kinds. */
    private static NoteKind noteKind(String kind) {
        try {
            return NoteKind.valueOf(kind == null ? "NOTE" : kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code PUT /customers/{id}/fields} with {@code {"fieldCode":"value", …}} (user-defined fields). */
    @PUT
    @Path("{id}/fields")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fields(@PathParam("id") long id, String body) {
        return withBody(id, body, in -> {
            desk.setFieldValues(id, CustomerJson.fieldValues(in));
            return get(id);
        });
    }

    /** {@code POST /customers/{id}/card}: issues a (new) member card; 201 with the card's PDF as Location. */
    @POST
    @Path("{id}/card")
    public Response issueCard(@PathParam("id") long id) {
        if (desk.find(id).isEmpty()) {
            return notFound();
        }
        String cardNo = desk.issueCard(id);
        return Response.created(uri.getAbsolutePathBuilder().path("pdf").build())
                .entity(Json.createObjectBuilder().add("cardNo", cardNo).build().toString()).build();
    }

    @GET
    @Path("{id}/card/pdf")
    @Produces("application/pdf")
    public Response cardPdf(@PathParam("id") long id) {
        if (desk.find(id).isEmpty()) {
            return notFound();
        }
        return Response.ok(desk.cardPdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"member-card-" + id + ".pdf\"").build();
    }

    /** {@code POST /customers/{id}/erasure} (운영자): personal data anonymised, orders and money kept. */
    @POST
    @Path("{id}/erasure")
    public Response erase(@PathParam("id") long id, String body) {
        if (desk.find(id).isEmpty()) {
            return notFound();
        }
        JsonObject in = body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : read(body);
        if (in == null) {
            return badJson();
        }
        desk.erase(id, CustomerJson.text(in, "reason"));
        Customer erased = desk.find(id).orElseThrow();
        return Response.ok(Json.createObjectBuilder().add("id", id).add("memberNo", erased.getMemberNo())
                .add("erasedAt", String.valueOf(erased.getErasedAt()))
                .add("erasedBy", erased.getErasedBy()).build().toString()).build();
    }

    /** {@code GET /customers/{id}/export} (운영자): everything held about the person, logged. */
    @GET
    @Path("{id}/export")
    public Response export(@PathParam("id") long id) {
        if (desk.find(id).isEmpty()) {
            return notFound();
        }
        CustomerProfile profile = desk.exportPersonalData(id);
        return Response.ok(CustomerJson.profile(profile, desk.form(id)).toString())
                .header("Content-Disposition", "attachment; filename=\"customer-" + id + ".json\"").build();
    }

    /** 404 for an unknown customer, 400 for a body that is no JSON object, else the action. */
    private Response withBody(long id, String body, Function<JsonObject, Response> action) {
        if (desk.find(id).isEmpty()) {
            return notFound();
        }
        JsonObject in = read(body);
        return in == null ? badJson() : action.apply(in);
    }

    private String current(long id) {
        return CustomerJson.customer(desk.find(id).orElseThrow(), desk.form(id)).toString();
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

    private Response notFound() {
        return Problem.of(Response.Status.NOT_FOUND, text("error.api.notFound"));
    }

    private Response badJson() {
        return Problem.of(Response.Status.BAD_REQUEST, text("error.api.json"));
    }

    private String text(String key) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.KOREAN : headers.getAcceptableLanguages().get(0);
        return Problem.domainText(locale, key);
    }
}
