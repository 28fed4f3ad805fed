package com.market25.campaign;

import com.market25.common.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded target list (MKT-04): a header {@code customer_id}, or {@code customer_id,group} for a
 * campaign run outside the system whose groups are known, then one customer per line — the ids the
 * exports write (segment, RFM and target CSVs), so an export can be uploaded as it is.
 */
public final class TargetList {

    /** member.external_id is VARCHAR(40); member_no is shorter. */
    static final int KEY_MAX = 40;

    private TargetList() {
    }

    public static TargetSource.CustomerList parse(String csv) {
        String[] lines = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\r\n|\n|\r");
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            throw InvalidInputException.of("list", "error.campaign.listEmpty");
        }
        String header = lines[first].trim().toLowerCase(Locale.ROOT).replace("\"", "");
        boolean withGroups;
        if (header.equals("customer_id")) {
            withGroups = false;
        } else if (header.equals("customer_id,group")) {
            withGroups = true;
        } else {
            throw InvalidInputException.of("list", "error.campaign.listHeader");
        }
        List<String> ids = new ArrayList<>();
        Map<String, TargetGroup> groups = new HashMap<>();
        for (int i = first + 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            String id = cells[0].trim().replace("\"", "");
            if (id.isEmpty() || id.length() > KEY_MAX) {
                // not a customer id of ours: counted as unknown, not refused
                id = id.isEmpty() ? "" : id.substring(0, KEY_MAX);
            }
            if (id.isEmpty()) {
                continue;
            }
            ids.add(id);
            if (withGroups) {
                String group = cells.length > 1 ? cells[1].trim().replace("\"", "").toUpperCase(Locale.ROOT) : "";
                try {
                    groups.put(id, TargetGroup.valueOf(group));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("list", "error.campaign.listGroup");
                }
            }
        }
        if (ids.isEmpty()) {
            throw InvalidInputException.of("list", "error.campaign.listEmpty");
        }
        return new TargetSource.CustomerList(ids, groups);
    }
}
