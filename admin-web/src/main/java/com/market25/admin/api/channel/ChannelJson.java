package com.market25.admin.api.channel;

import com.market25.admin.api.Problem;
import com.market25.campaign.channel.CallEntry;
import com.market25.campaign.channel.CallListView;
import com.market25.campaign.channel.ChannelResult;
import com.market25.campaign.channel.DmBatchView;
import com.market25.campaign.channel.RenderedMessage;
import com.market25.campaign.channel.SmsLine;
import com.market25.campaign.channel.SmsMeasure;
import com.market25.campaign.channel.TemplateView;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** JSON of the channel resources (MKT-05, MKT-06, MEM-04), written by hand as the other resources do. */
final class ChannelJson {

    private ChannelJson() {
    }

    static JsonObjectBuilder template(TemplateView t) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", t.id()).add("version", t.version())
                .add("name", t.name()).add("channel", t.channel().name());
        add(o, "subject", t.subject());
        add(o, "htmlBody", t.htmlBody());
        add(o, "textBody", t.textBody());
        JsonArrayBuilder fields = Json.createArrayBuilder();
        t.fields().forEach(f -> fields.add(f.placeholder()));
        return o.add("fields", fields).add("updatedBy", t.updatedBy()).add("updatedAt", String.valueOf(t.updatedAt()));
    }

    static JsonObjectBuilder rendered(RenderedMessage m) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("customerId", m.customerId()).add("channel", m.channel().name());
        add(o, "subject", m.subject());
        add(o, "html", m.html());
        add(o, "text", m.text());
        return o;
    }

    static JsonObjectBuilder measure(SmsMeasure m) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("composed", m.composed()).add("bytes", m.bytes())
                .add("sendable", m.sendable());
        add(o, "kind", m.kind() == null ? null : m.kind().name());
        if (m.unitCost() != null) {
            o.add("unitCost", m.unitCost());
        }
        JsonArrayBuilder refused = Json.createArrayBuilder();
        m.unencodable().forEach(refused::add);
        return o.add("unencodable", refused);
    }

    static JsonObjectBuilder sms(SmsLine s) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", s.id()).add("phone", s.phone()).add("body", s.body())
                .add("kind", s.kind().name()).add("bytes", s.bytes()).add("unitCost", s.unitCost())
                .add("source", s.source()).add("sourceRef", s.sourceRef()).add("gateway", s.gateway())
                .add("status", s.status().name()).add("queuedBy", s.queuedBy()).add("queuedAt", String.valueOf(s.queuedAt()));
        if (s.customerId() != null) {
            o.add("customerId", s.customerId());
        }
        add(o, "reportedAt", s.reportedAt() == null ? null : s.reportedAt().toString());
        return o;
    }

    /** {@code {"id", "counts": {"QUEUED": n, …}, "outcomes": {"<customer id>": "QUEUED", …}}} */
    static JsonObjectBuilder result(ChannelResult r) {
        JsonObjectBuilder counts = Json.createObjectBuilder();
        r.counts().forEach((k, v) -> counts.add(k.name(), v));
        JsonObjectBuilder outcomes = Json.createObjectBuilder();
        r.outcomes().forEach((id, o) -> outcomes.add(String.valueOf(id), o.name()));
        JsonObjectBuilder o = Json.createObjectBuilder();
        if (r.id() != 0) {
            o.add("id", r.id());
        }
        return o.add("counts", counts).add("outcomes", outcomes);
    }

    static JsonObjectBuilder batch(DmBatchView b) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", b.id()).add("name", b.name())
                .add("source", b.source()).add("sourceRef", b.sourceRef()).add("customers", b.customers())
                .add("printable", b.printable()).add("createdBy", b.createdBy())
                .add("createdAt", String.valueOf(b.createdAt())).add("sent", b.sent());
        if (b.templateId() != null) {
            o.add("templateId", b.templateId());
        }
        add(o, "sentBy", b.sentBy());
        add(o, "sentAt", b.sentAt() == null ? null : b.sentAt().toString());
        return o;
    }

    static JsonObjectBuilder callList(CallListView l) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", l.id()).add("name", l.name())
                .add("source", l.source()).add("sourceRef", l.sourceRef()).add("customers", l.customers())
                .add("called", l.called()).add("createdBy", l.createdBy()).add("createdAt", String.valueOf(l.createdAt()));
        if (l.templateId() != null) {
            o.add("templateId", l.templateId());
        }
        return o;
    }

    static JsonObjectBuilder entry(CallEntry e) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("customerId", e.customerId()).add("position", e.position())
                .add("memberNo", e.memberNo()).add("name", e.name()).add("calls", e.calls());
        add(o, "phone", e.phone());
        add(o, "result", e.result() == null ? null : e.result().name());
        add(o, "callbackAt", e.callbackAt() == null ? null : e.callbackAt().toString());
        add(o, "note", e.note());
        add(o, "calledBy", e.calledBy());
        add(o, "calledAt", e.calledAt() == null ? null : e.calledAt().toString());
        return o;
    }

    static void add(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    /** The body as a JSON object, or null when it is none. */
    static JsonObject read(String body) {
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

    static String string(JsonObject in, String name) {
        return in.get(name) instanceof JsonString s ? s.getString() : null;
    }

    static Long number(JsonObject in, String name) {
        return in.get(name) instanceof JsonNumber n ? n.longValue() : null;
    }

    /** {@code "customers": [1, 2, …]} (ids as exports write them); null when missing or not numbers. */
    static List<Long> ids(JsonObject in, String name) {
        if (!(in.get(name) instanceof JsonArray array)) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(array.size());
        for (JsonValue v : array) {
            if (v instanceof JsonNumber n) {
                ids.add(n.longValue());
            } else if (v instanceof JsonString s && s.getString().strip().matches("\\d{1,18}")) {
                ids.add(Long.parseLong(s.getString().strip()));
            }
        }
        return ids;
    }

    static Response badJson(HttpHeaders headers) {
        return Problem.of(Response.Status.BAD_REQUEST, Problem.domainText(language(headers), "error.api.json"));
    }

    static Response notFound(HttpHeaders headers) {
        return Problem.of(Response.Status.NOT_FOUND, Problem.domainText(language(headers), "error.api.notFound"));
    }

    static Locale language(HttpHeaders headers) {
        return headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.KOREAN : headers.getAcceptableLanguages().get(0);
    }
}
