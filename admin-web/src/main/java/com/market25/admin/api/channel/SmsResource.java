package com.market25.admin.api.channel;

import com.market25.campaign.channel.SmsDesk;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Text messages (MKT-06) under {@code /admin/api/sms}: count a text's bytes, send a test message,
 * queue a template to customers, read a message and a source's tally. Refused while the
 * installation has no SMS settings or gateway (422, Korean).
 */
@Path("sms")
@Produces(MediaType.APPLICATION_JSON)
public class SmsResource {

    @EJB
    private SmsDesk desk;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /**
     * {@code POST /sms/measure} with {@code {"text": "…"}} (or the text itself as text/plain) →
     * {@code {"composed", "bytes", "kind", "sendable", "unitCost", "unencodable": […]}}.
     */
    @POST
    @Path("measure")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response measure(String body, @Context HttpHeaders request) {
        String text = body;
        if (request.getMediaType() != null && request.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            JsonObject in = ChannelJson.read(body);
            if (in == null) {
                return ChannelJson.badJson(headers);
            }
            text = ChannelJson.string(in, "text");
        }
        return Response.ok(ChannelJson.measure(desk.measure(text)).build().toString()).build();
    }

    /** {@code POST /sms/test} with {@code {"phone", "text"}} → 201 and the message. */
    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response test(String body) {
        JsonObject in = ChannelJson.read(body);
        if (in == null) {
            return ChannelJson.badJson(headers);
        }
        long id = desk.sendTest(ChannelJson.string(in, "phone"), ChannelJson.string(in, "text"));
        return Response.created(uri.getBaseUriBuilder().path("sms/{id}").build(id))
                .entity(ChannelJson.sms(desk.find(id).orElseThrow()).build().toString()).build();
    }

    /**
     * {@code POST /sms/messages} with {@code {"templateId", "customers": [ids], "requestKey"}}: the
     * template rendered and queued for each customer who may get it, once per request key →
     * {@code {"counts": {"QUEUED": n, "NO_CONSENT": n, …}, "outcomes": {"<id>": "…"}}}.
     */
    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response queue(String body) {
        JsonObject in = ChannelJson.read(body);
        if (in == null) {
            return ChannelJson.badJson(headers);
        }
        Long templateId = ChannelJson.number(in, "templateId");
        return Response.ok(ChannelJson.result(desk.queueTemplate(templateId == null ? 0 : templateId,
                ChannelJson.ids(in, "customers"), ChannelJson.string(in, "requestKey"))).build().toString()).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return desk.find(id).map(s -> Response.ok(ChannelJson.sms(s).build().toString()).build())
                .orElseGet(() -> ChannelJson.notFound(headers));
    }

    /** {@code GET /sms?limit=50}: the newest messages. */
    @GET
    public String recent(@QueryParam("limit") Integer limit) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        desk.recent(limit == null ? 50 : limit).forEach(s -> all.add(ChannelJson.sms(s)));
        return all.build().toString();
    }
}
