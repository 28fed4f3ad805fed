package com.market25.admin.api.customer;

import com.market25.customer.CustomerDesk;
import com.market25.customer.FieldDefinition;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;

/**
 * User-defined customer fields (MEM-05) over JSON: {@code GET /customer-fields} lists them,
 * {@code POST /customer-fields} with {@code {"code","label","type":"TEXT|NUMBER|DATE|CODE",
 * "options":"CODE=라벨\n…"}} defines one (운영자 only, by the boundary).
 */
@Path("customer-fields")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerFieldResource {

    @EJB
    private CustomerDesk desk;

    @Context
    private UriInfo uri;

    @GET
    public String list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        desk.fields(false).forEach(f -> all.add(json(f)));
        return all.build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(String body) {
        JsonObject in;
        try {
            in = Json.createReader(new StringReader(body == null ? "" : body)).readObject();
        } catch (RuntimeException e) {
            in = JsonObject.EMPTY_JSON_OBJECT;
        }
        FieldDefinition field = desk.defineField(CustomerJson.text(in, "code"), CustomerJson.text(in, "label"),
                CustomerJson.text(in, "type"), CustomerJson.text(in, "options"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(field.id())).build())
                .entity(json(field).toString()).build();
    }

    private static JsonObject json(FieldDefinition f) {
        JsonArrayBuilder options = Json.createArrayBuilder();
        f.options().forEach(o -> options.add(Json.createObjectBuilder().add("code", o.code()).add("label", o.label())));
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", f.id()).add("code", f.code())
                .add("label", f.label()).add("type", f.type().name()).add("active", f.active()).add("options", options);
        return b.build();
    }
}
