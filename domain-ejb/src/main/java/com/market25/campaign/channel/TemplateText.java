package com.market25.campaign.channel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One part of a template (subject, HTML, text) split into literal text and merge fields
 * ({@code {{이름}}}, {@code {{ name }}}). Parsing never fails: what is not a known field is kept
 * in {@link #unknown()}, so the template desk can name every unknown field at once, and a text
 * with unknown fields is never rendered.
 */
public final class TemplateText {

    private static final int SHOWN_NAME = 20;

    private final List<Object> parts;
    private final Set<MergeField> fields;
    private final List<String> unknown;

    private TemplateText(List<Object> parts, Set<MergeField> fields, List<String> unknown) {
        this.parts = parts;
        this.fields = fields;
        this.unknown = unknown;
    }

    public static TemplateText parse(String text) {
        List<Object> parts = new ArrayList<>();
        Set<MergeField> fields = EnumSet.noneOf(MergeField.class);
        Set<String> unknown = new LinkedHashSet<>();
        if (text == null) {
            return new TemplateText(List.of(), fields, List.of());
        }
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                literal.append(text, i, text.length());
                break;
            }
            literal.append(text, i, open);
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                // an opening without its end would reach the customer as written
                unknown.add(shown(text.substring(open)));
                literal.append(text, open, text.length());
                break;
            }
            String name = text.substring(open + 2, close);
            MergeField field = name.contains("{") ? null : MergeField.named(name).orElse(null);
            if (field == null) {
                unknown.add(shown("{{" + name.strip() + "}}"));
                literal.append(text, open, close + 2);
            } else {
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(field);
                fields.add(field);
            }
            i = close + 2;
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new TemplateText(List.copyOf(parts), Collections.unmodifiableSet(fields), List.copyOf(unknown));
    }

    private static String shown(String s) {
        return s.length() <= SHOWN_NAME ? s : s.substring(0, SHOWN_NAME) + "…";
    }

    /** The known merge fields the text uses. */
    public Set<MergeField> fields() {
        return fields;
    }

    /** What looked like a merge field but is none, as written (e.g. {@code {{이룸}}}), in order. */
    public List<String> unknown() {
        return unknown;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /**
     * The text with every field replaced by its value; {@code escape} is applied to the values
     * only (HTML-escaping in an HTML part, where the template's own markup must stay markup).
     */
    public String render(Function<MergeField, String> values, UnaryOperator<String> escape) {
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("a template with unknown merge fields is never rendered: " + unknown);
        }
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof MergeField field) {
                String value = values.apply(field);
                out.append(escape.apply(value == null ? "" : value));
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }

    /** The same, without escaping (subjects, text parts, SMS, scripts). */
    public String render(Function<MergeField, String> values) {
        return render(values, UnaryOperator.identity());
    }
}
