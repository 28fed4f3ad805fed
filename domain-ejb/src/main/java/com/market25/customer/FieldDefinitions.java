package com.market25.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the user-defined fields (MEM-05) with their choices on a plain connection: the one reader
 * of the definitions, for {@link CustomerDesk} (through its session's connection) and for segments
 * (MKT-02), whose evaluation runs on its own connection and also for the nightly job, which has no
 * caller with a role.
 */
public final class FieldDefinitions {

    private FieldDefinitions() {
    }

    /** Every field (or only those still offered), in the administrator's order. */
    public static List<FieldDefinition> read(Connection c, boolean activeOnly) throws SQLException {
        Map<Long, List<FieldDefinition.FieldOption>> options = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT field_id, code, label FROM customer_field_option"
                + " ORDER BY field_id, sort_order, code");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new FieldDefinition.FieldOption(rs.getString(2), rs.getString(3)));
            }
        }
        List<FieldDefinition> fields = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, label, value_type, active FROM customer_field"
                + (activeOnly ? " WHERE active = TRUE" : "") + " ORDER BY sort_order, id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                fields.add(new FieldDefinition(id, rs.getString(2), rs.getString(3), FieldType.valueOf(rs.getString(4)),
                        rs.getBoolean(5), List.copyOf(options.getOrDefault(id, List.of()))));
            }
        }
        return List.copyOf(fields);
    }
}
