package com.market25.admin.api.customer;

import com.market25.customer.ContactEntry;
import com.market25.customer.Customer;
import com.market25.customer.CustomerForm;
import com.market25.customer.CustomerProfile;
import com.market25.customer.CustomerRow;
import com.market25.customer.FieldValue;
import com.market25.member.ConsentChoices;
import com.market25.member.ConsentHistoryLine;
import com.market25.member.ConsentState;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The customer API's JSON, written and read by hand with JSON-P, so the field names are the
 * documented ones (README, docs/architecture.md) whatever a binding library would choose, and
 * any value a client sends arrives at the domain as text, to be checked there.
 */
final class CustomerJson {

    private CustomerJson() {
    }

    static JsonObject row(CustomerRow r) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", r.id())
                .add("memberNo", r.memberNo())
                .add("origin", r.origin().name())
                .add("erased", r.erased());
        put(b, "mergedInto", r.mergedIntoMemberNo());
        put(b, "name", r.name());
        put(b, "phone", r.phone());
        put(b, "email", r.email());
        put(b, "address", r.address());
        put(b, "externalId", r.externalId());
        put(b, "loginId", r.loginId());
        put(b, "joinedAt", r.joinedAt());
        return b.build();
    }

    static JsonObject customer(Customer c, CustomerForm form) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", c.getId())
                .add("memberNo", c.getMemberNo())
                .add("version", c.getVersion())
                .add("origin", c.getOrigin().name())
                .add("erased", c.isErased());
        if (c.getMergedInto() == null) {
            b.addNull("mergedIntoId");
        } else {
            b.add("mergedIntoId", c.getMergedInto().longValue());
        }
        put(b, "loginId", c.getLoginId());
        put(b, "externalSource", c.getExternalSource());
        put(b, "externalId", c.getExternalId());
        put(b, "name", form.name());
        put(b, "phone", form.phone());
        put(b, "email", form.email());
        put(b, "postalCode", form.postalCode());
        put(b, "address", form.address());
        put(b, "homePhone", form.homePhone());
        put(b, "birthDate", form.birthDate());
        put(b, "gender", form.gender());
        put(b, "memberType", form.memberType());
        put(b, "upperMemberNo", form.upperMemberNo());
        put(b, "companyName", form.companyName());
        put(b, "department", form.department());
        put(b, "jobTitle", form.jobTitle());
        put(b, "workPhone", form.workPhone());
        put(b, "workPostalCode", form.workPostalCode());
        put(b, "workAddress", form.workAddress());
        put(b, "hobby", form.hobby());
        put(b, "maritalStatus", form.maritalStatus());
        put(b, "weddingDate", form.weddingDate());
        put(b, "car", form.car());
        put(b, "incomeBand", form.incomeBand());
        put(b, "cardNo", c.getCardNo());
        put(b, "cardIssuedAt", c.getCardIssuedAt());
        put(b, "joinedAt", c.getJoinedAt());
        put(b, "createdBy", c.getCreatedBy());
        put(b, "updatedAt", c.getUpdatedAt());
        put(b, "updatedBy", c.getUpdatedBy());
        put(b, "erasedAt", c.getErasedAt());
        put(b, "erasedBy", c.getErasedBy());
        b.add("consents", Json.createObjectBuilder()
                .add("email", c.isConsentEmail()).add("sms", c.isConsentSms())
                .add("dm", c.isConsentDm()).add("phone", c.isConsentPhone()));
        return b.build();
    }

    /** The customer with everything the customer page shows (and the personal-data export gives). */
    static JsonObject profile(CustomerProfile p, CustomerForm form) {
        JsonObjectBuilder b = Json.createObjectBuilder(customer(p.customer(), form));
        put(b, "upperMemberName", p.upperMemberName());
        b.add("bonus", Json.createObjectBuilder()
                .add("discount", p.bonus().discount()).add("sponsor", p.bonus().sponsor())
                .add("used", p.bonus().used()).add("total", p.bonus().total())
                .add("unsettled", p.bonus().unsettled()).add("usable", p.bonus().usable()));
        JsonArrayBuilder consents = Json.createArrayBuilder();
        for (ConsentState s : p.consents().current()) {
            consents.add(Json.createObjectBuilder().add("channel", s.channel().name()).add("granted", s.granted())
                    .add("changedAt", String.valueOf(s.changedAt())).add("source", s.source().name()));
        }
        b.add("consentStates", consents);
        JsonArrayBuilder history = Json.createArrayBuilder();
        for (ConsentHistoryLine h : p.consents().history()) {
            history.add(Json.createObjectBuilder().add("channel", h.channel().name()).add("granted", h.granted())
                    .add("changedAt", String.valueOf(h.changedAt())).add("source", h.source().name()));
        }
        b.add("consentHistory", history);
        JsonArrayBuilder contacts = Json.createArrayBuilder();
        for (ContactEntry e : p.contacts()) {
            JsonObjectBuilder line = Json.createObjectBuilder().add("at", String.valueOf(e.at())).add("kind", e.kind());
            put(line, "subject", e.subject());
            put(line, "by", e.by());
            put(line, "outcome", e.outcome());
            contacts.add(line);
        }
        b.add("contacts", contacts);
        JsonObjectBuilder fields = Json.createObjectBuilder();
        for (FieldValue f : p.fields()) {
            if (f.value() == null) {
                fields.addNull(f.field().code());
            } else {
                fields.add(f.field().code(), f.value());
            }
        }
        b.add("fields", fields);
        return b.build();
    }

    static CustomerForm form(JsonObject in) {
        return new CustomerForm(text(in, "name"), text(in, "phone"), text(in, "email"), text(in, "postalCode"),
                text(in, "address"), text(in, "homePhone"), text(in, "birthDate"), text(in, "gender"),
                text(in, "memberType"), text(in, "upperMemberNo"), text(in, "companyName"), text(in, "department"),
                text(in, "jobTitle"), text(in, "workPhone"), text(in, "workPostalCode"), text(in, "workAddress"),
                text(in, "hobby"), text(in, "maritalStatus"), text(in, "weddingDate"), text(in, "car"),
                text(in, "incomeBand"));
    }

    /** {"email": true, "sms": false, …}; a channel not named is not consented. */
    static ConsentChoices consents(JsonObject in) {
        return new ConsentChoices(flag(in, "email"), flag(in, "sms"), flag(in, "dm"), flag(in, "phone"));
    }

    /** {"code": "value", …}: every value as text, null or "" removes it. */
    static Map<String, String> fieldValues(JsonObject in) {
        Map<String, String> values = new LinkedHashMap<>();
        in.forEach((code, value) -> values.put(code, value.getValueType() == JsonValue.ValueType.NULL ? null
                : value instanceof JsonString s ? s.getString() : value.toString()));
        return values;
    }

    /** A value as text whatever its JSON type (a number sent for a phone is still checked as text). */
    static String text(JsonObject in, String name) {
        JsonValue value = in.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static boolean flag(JsonObject in, String name) {
        return in.get(name) == JsonValue.TRUE;
    }

    private static void put(JsonObjectBuilder b, String name, Object value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value.toString());
        }
    }
}
