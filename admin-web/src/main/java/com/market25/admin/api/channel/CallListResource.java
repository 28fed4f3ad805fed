package com.market25.admin.api.channel;

import com.market25.campaign.channel.CallEntryPage;
import com.market25.campaign.channel.CallListDesk;
import com.market25.campaign.channel.CallResult;
import com.market25.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Telemarketing call lists (MKT-06) under {@code /admin/api/call-lists}. */
@Path("call-lists")
@Produces(MediaType.APPLICATION_JSON)
public class CallListResource {

    @EJB
    private CallListDesk desk;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** {@code {"name", "templateId" (a PHONE template, optional), "customers": [ids], "requestKey"}} → 201. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonObject in = ChannelJson.read(body);
        if (in == null) {
            return ChannelJson.badJson(headers);
        }
        var result = desk.create(ChannelJson.string(in, "name"), ChannelJson.number(in, "templateId"),
                ChannelJson.ids(in, "customers"), ChannelJson.string(in, "requestKey"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(result.id())).build())
                .entity(ChannelJson.result(result).build().toString()).build();
    }

    @GET
    public String lists() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        desk.lists().forEach(l -> all.add(ChannelJson.callList(l)));
        return all.build().toString();
    }

    /** {@code GET /call-lists/{id}/entries?first=0&size=50}: a page in calling order and the total. */
    @GET
    @Path("{id}/entries")
    public Response entries(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (desk.list(id).isEmpty()) {
            return ChannelJson.notFound(headers);
        }
        CallEntryPage page = desk.entries(id, first, size);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.rows().forEach(e -> rows.add(ChannelJson.entry(e)));
        return Response.ok(Json.createObjectBuilder().add("items", rows).add("total", page.total()).build().toString())
                .build();
    }

    /** {@code POST /call-lists/{id}/entries/{customerId}} with {@code {"result", "note", "callbackAt"}}. */
    @POST
    @Path("{id}/entries/{customerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long id, @PathParam("customerId") long customerId, String body) {
        JsonObject in = ChannelJson.read(body);
        if (in == null) {
            return ChannelJson.badJson(headers);
        }
        if (desk.list(id).isEmpty()) {
            return ChannelJson.notFound(headers);
        }
        CallResult result;
        LocalDateTime callback;
        try {
            String r = ChannelJson.string(in, "result");
            result = r == null ? null : CallResult.valueOf(r.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("result", "error.calls.result");
        }
        try {
            String at = ChannelJson.string(in, "callbackAt");
            callback = at == null || at.isBlank() ? null : LocalDateTime.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("callbackAt", "error.calls.callbackAt");
        }
        return Response.ok(ChannelJson.entry(desk.record(id, customerId, result, ChannelJson.string(in, "note"), callback))
                .build().toString()).build();
    }

    /** {@code GET /call-lists/{id}/entries/{customerId}/script}: the list's script for that customer. */
    @GET
    @Path("{id}/entries/{customerId}/script")
    public Response script(@PathParam("id") long id, @PathParam("customerId") long customerId) {
        if (desk.list(id).isEmpty()) {
            return ChannelJson.notFound(headers);
        }
        return desk.script(id, customerId).map(m -> Response.ok(ChannelJson.rendered(m).build().toString()).build())
                .orElseGet(() -> ChannelJson.notFound(headers));
    }
}
