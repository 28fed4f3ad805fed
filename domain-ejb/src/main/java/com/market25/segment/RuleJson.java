package com.market25.segment;

import com.market25.common.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule as JSON, the form the API takes and the segment table keeps:
 * <pre>
 * {"op": "AND", "not": false, "rules": [
 *    {"field": "GENDER", "values": ["F"]},
 *    {"op": "OR", "rules": [{"field": "RFM_CELL", "values": ["545", "555"], "snapshot": 12},
 *                           {"field": "PURCHASE_AMOUNT", "values": ["100000", ""], "from": "2022-01-01"}]},
 *    {"field": "USER_FIELD", "code": "visits", "values": ["2.5", ""]},
 *    {"field": "USER_FIELD_FILLED", "code": "wedding", "values": [false]}]}
 * </pre>
 * A user-defined field is named by its {@code code}; its type (so what the values mean) is the
 * server's definition, never part of the JSON.
 * Anything else is refused with {@code rule} / {@code error.segment.rule}.
 */
public final class RuleJson {

    private RuleJson() {
    }

    public static SegmentRule parse(String json) {
        try (var reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            return read(reader.readObject(), 0);
        } catch (JsonException | ClassCastException | IllegalArgumentException | DateTimeParseException
                | NullPointerException e) {
            throw InvalidInputException.of("rule", "error.segment.rule");
        }
    }

    public static SegmentRule read(JsonObject o) {
        try {
            return read(o, 0);
        } catch (JsonException | ClassCastException | IllegalArgumentException | DateTimeParseException
                | NullPointerException e) {
            throw InvalidInputException.of("rule", "error.segment.rule");
        }
    }

    private static SegmentRule read(JsonObject o, int depth) {
        if (depth > SegmentRule.MAX_DEPTH) {
            throw new IllegalArgumentException("too deep");
        }
        boolean not = o.getBoolean("not", false);
        if (o.containsKey("field")) {
            List<String> values = new ArrayList<>();
            for (JsonValue v : o.getJsonArray("values")) {
                values.add(switch (v.getValueType()) {
                    case STRING -> ((JsonString) v).getString();
                    case NUMBER, TRUE, FALSE -> v.toString();
                    case NULL -> "";
                    default -> throw new IllegalArgumentException("value");
                });
            }
            SegmentField field = SegmentField.valueOf(o.getString("field"));
            return new RuleCondition(field, field.isUserField() ? o.getString("code") : null, values, date(o, "from"),
                    date(o, "to"),
                    o.containsKey("snapshot") && !o.isNull("snapshot") ? o.getJsonNumber("snapshot").longValueExact() : null,
                    not);
        }
        List<SegmentRule> parts = new ArrayList<>();
        JsonArray rules = o.containsKey("rules") ? o.getJsonArray("rules") : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue part : rules) {
            parts.add(read(part.asJsonObject(), depth + 1));
        }
        return new RuleGroup(Logic.valueOf(o.getString("op", "AND")), not, parts);
    }

    private static LocalDate date(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) && !o.getString(key).isBlank() ? LocalDate.parse(o.getString(key)) : null;
    }

    public static String write(SegmentRule rule) {
        return toJson(rule).toString();
    }

    public static JsonObject toJson(SegmentRule rule) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        if (rule instanceof RuleGroup g) {
            o.add("op", g.logic().name());
            JsonArrayBuilder parts = Json.createArrayBuilder();
            g.parts().forEach(p -> parts.add(toJson(p)));
            o.add("rules", parts);
        } else {
            RuleCondition c = (RuleCondition) rule;
            o.add("field", c.field().name());
            if (c.userField() != null) {
                o.add("code", c.userField());
            }
            JsonArrayBuilder values = Json.createArrayBuilder();
            c.values().forEach(values::add);
            o.add("values", values);
            if (c.from() != null) {
                o.add("from", c.from().toString());
            }
            if (c.to() != null) {
                o.add("to", c.to().toString());
            }
            if (c.snapshotId() != null) {
                o.add("snapshot", c.snapshotId());
            }
        }
        if (rule.negated()) {
            o.add("not", true);
        }
        return o.build();
    }
}
