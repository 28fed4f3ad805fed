package com.market25.customerimport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which column of a mapped file (xlsx, customer list) holds which field: the back office's
 * mapping step, saved by name ({@code import_mapping}) as a spec like {@code NAME=0;PHONE=2}
 * (columns counted from 0). Without a saved mapping the header row is read by its names
 * ({@link ImportField#recognises}).
 */
public record ColumnMapping(Map<ImportField, Integer> columns) {

    public ColumnMapping {
        columns = Collections.unmodifiableMap(new EnumMap<>(columns.isEmpty() ? Map.of() : columns));
    }

    /** The mapping a header row names; fields nobody named stay unmapped. */
    public static ColumnMapping fromHeaders(List<String> headers) {
        Map<ImportField, Integer> found = new EnumMap<>(ImportField.class);
        for (int i = 0; i < headers.size(); i++) {
            for (ImportField f : ImportField.values()) {
                if (!found.containsKey(f) && f.recognises(headers.get(i))) {
                    found.put(f, i);
                    break;
                }
            }
        }
        return new ColumnMapping(found);
    }

    /** Reads a spec ({@code NAME=0;PHONE=2}); unknown fields and bad numbers are refused. */
    public static ColumnMapping parse(String spec) {
        Map<ImportField, Integer> found = new EnumMap<>(ImportField.class);
        if (spec != null && !spec.isBlank()) {
            for (String part : spec.split(";")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("not FIELD=column: " + part);
                }
                int column = Integer.parseInt(kv[1].strip());
                if (column < 0) {
                    throw new IllegalArgumentException("negative column: " + part);
                }
                found.put(ImportField.valueOf(kv[0].strip()), column);
            }
        }
        return new ColumnMapping(found);
    }

    public String spec() {
        return columns.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    /** A purchase log maps an amount; anything else is a customer list. */
    public boolean purchaseLog() {
        return columns.containsKey(ImportField.AMOUNT);
    }

    /** The message keys of what the mapping lacks to be imported (empty when it is complete). */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (purchaseLog()) {
            for (ImportField f : List.of(ImportField.CUSTOMER_ID, ImportField.DATE)) {
                if (!columns.containsKey(f)) {
                    missing.add(f.labelKey());
                }
            }
        } else if (!columns.containsKey(ImportField.NAME) && !columns.containsKey(ImportField.PHONE)
                && !columns.containsKey(ImportField.EMAIL)) {
            missing.add(ImportField.NAME.labelKey());
        }
        return missing;
    }

    /** The cell of {@code field} in a row, or null when unmapped or beyond the row. */
    String cell(List<String> cells, ImportField field) {
        Integer i = columns.get(field);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String v = cells.get(i);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
