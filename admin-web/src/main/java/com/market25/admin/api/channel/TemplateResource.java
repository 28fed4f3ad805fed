package com.market25.admin.api.channel;

import com.market25.campaign.channel.MessageChannel;
import com.market25.campaign.channel.TemplateDesk;
import com.market25.campaign.channel.TemplateForm;
import com.market25.campaign.channel.TemplateView;
import com.market25.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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

/**
 * Message templates (MKT-05) under {@code /admin/api/templates}: list, read, create, change, and
 * preview for a customer by member number. A template with an unknown merge field is 422 naming
 * it in Korean ({@code errors.textBody} etc.).
 */
@Path("templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    @EJB
    private TemplateDesk desk;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** {@code GET /templates?channel=SMS}: every template, or one channel's. */
    @GET
    public String list(@QueryParam("channel") String channel) {
        MessageChannel c = channel(channel);
        JsonArrayBuilder all = Json.createArrayBuilder();
        desk.list(c).forEach(t -> all.add(ChannelJson.template(t)));
        return all.build().toString();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return desk.find(id).map(t -> Response.ok(ChannelJson.template(t).build().toString()).build())
                .orElseGet(() -> ChannelJson.notFound(headers));
    }

    /** {@code {"name", "channel", "subject", "htmlBody", "textBody"}} → 201 with Location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonObject in = ChannelJson.read(body);
        if (in == null) {
            return ChannelJson.badJson(headers);
        }
        TemplateView saved = desk.create(form(in));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build())
                .entity(ChannelJson.template(saved).build().toString()).build();
    }

    /** The whole form again, with {@code version} (optional) to refuse a save over someone else's. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, String body) {
        JsonObject in = ChannelJson.read(body);
        if (in == null) {
            return ChannelJson.badJson(headers);
        }
        if (desk.find(id).isEmpty()) {
            return ChannelJson.notFound(headers);
        }
        Integer version = in.get("version") instanceof JsonNumber n ? n.intValue() : null;
        return Response.ok(ChannelJson.template(desk.update(id, version, form(in))).build().toString()).build();
    }

    /** {@code GET /templates/{id}/preview?memberNo=…}: rendered with that customer's real values. */
    @GET
    @Path("{id}/preview")
    public Response preview(@PathParam("id") long id, @QueryParam("memberNo") String memberNo) {
        if (desk.find(id).isEmpty()) {
            return ChannelJson.notFound(headers);
        }
        return Response.ok(ChannelJson.rendered(desk.preview(id, memberNo)).build().toString()).build();
    }

    /** {@code POST /templates/preview} with a form and {@code memberNo}: a draft rendered, nothing saved. */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response previewDraft(String body) {
        JsonObject in = ChannelJson.read(body);
        if (in == null) {
            return ChannelJson.badJson(headers);
        }
        return Response.ok(ChannelJson.rendered(desk.previewDraft(form(in), ChannelJson.number(in, "id"),
                ChannelJson.string(in, "memberNo"))).build().toString()).build();
    }

    private static TemplateForm form(JsonObject in) {
        return new TemplateForm(ChannelJson.string(in, "name"), channel(ChannelJson.string(in, "channel")),
                ChannelJson.string(in, "subject"), ChannelJson.string(in, "htmlBody"), ChannelJson.string(in, "textBody"));
    }

    private static MessageChannel channel(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return MessageChannel.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("channel", "error.template.wrongChannel");
        }
    }
}
