package com.market25.admin.api.channel;

import com.market25.campaign.channel.DmDesk;
import com.market25.campaign.channel.ReturnedMail;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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

/**
 * Postal DM (MKT-06, MEM-04) under {@code /admin/api/dm}: batches, their label sheets as PDF,
 * marking a batch as posted, and returned letters by member number.
 */
@Path("dm")
@Produces(MediaType.APPLICATION_JSON)
public class DmResource {

    @EJB
    private DmDesk desk;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /**
     * {@code POST /dm/batches} with {@code {"name", "templateId" (optional), "customers": [ids],
     * "requestKey"}} → 201 with the batch id and the outcome per customer.
     */
    @POST
    @Path("batches")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonObject in = ChannelJson.read(body);
        if (in == null) {
            return ChannelJson.badJson(headers);
        }
        var result = desk.createBatch(ChannelJson.string(in, "name"), ChannelJson.number(in, "templateId"),
                ChannelJson.ids(in, "customers"), ChannelJson.string(in, "requestKey"));
        return Response.created(uri.getBaseUriBuilder().path("dm/batches/{id}").build(result.id()))
                .entity(ChannelJson.result(result).build().toString()).build();
    }

    @GET
    @Path("batches")
    public String batches() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        desk.batches().forEach(b -> all.add(ChannelJson.batch(b)));
        return all.build().toString();
    }

    @GET
    @Path("batches/{id}")
    public Response batch(@PathParam("id") long id) {
        return desk.batch(id).map(b -> Response.ok(ChannelJson.batch(b).build().toString()).build())
                .orElseGet(() -> ChannelJson.notFound(headers));
    }

    /** {@code GET /dm/batches/{id}/labels.pdf}: A4 sheets of 14 labels (print at actual size). */
    @GET
    @Path("batches/{id}/labels.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response labels(@PathParam("id") long id) {
        if (desk.batch(id).isEmpty()) {
            return ChannelJson.notFound(headers);
        }
        return Response.ok(desk.labels(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"dm-labels-" + id + ".pdf\"").build();
    }

    /** {@code POST /dm/batches/{id}/sent}: posted; → {@code {"contacts": n}} lines written. */
    @POST
    @Path("batches/{id}/sent")
    public Response sent(@PathParam("id") long id) {
        if (desk.batch(id).isEmpty()) {
            return ChannelJson.notFound(headers);
        }
        return Response.ok(Json.createObjectBuilder().add("contacts", desk.markSent(id)).build().toString()).build();
    }

    /**
     * {@code POST /dm/returns} with member numbers as text/plain, one a line (as a scanner types
     * them) → {@code {"flagged": […], "alreadyFlagged": n, "unknown": […]}}.
     */
    @POST
    @Path("returns")
    @Consumes(MediaType.TEXT_PLAIN)
    public String returns(String body) {
        ReturnedMail r = desk.recordReturns(body);
        JsonArrayBuilder flagged = Json.createArrayBuilder();
        r.flagged().forEach(flagged::add);
        JsonArrayBuilder unknown = Json.createArrayBuilder();
        r.unknown().forEach(unknown::add);
        return Json.createObjectBuilder().add("flagged", flagged).add("alreadyFlagged", r.alreadyFlagged())
                .add("unknown", unknown).build().toString();
    }
}
