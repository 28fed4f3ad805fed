package com.market25.admin.inventory;

import com.market25.common.InvalidInputException;
import com.market25.inventory.ItemRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Items as staff type them on the transfer and receipt forms: one a line, the product code and
 * the quantity separated by spaces, a tab or a comma (a column pasted from a spreadsheet works).
 */
final class ItemLines {

    private ItemLines() {
    }

    /** @throws InvalidInputException {@code items} / {@code error.stock.items} for a line that is not "code quantity" */
    static List<ItemRequest> parse(String text, String field) {
        List<ItemRequest> items = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                String[] parts = trimmed.split("[\\s,]+");
                if (parts.length != 2 || !parts[1].matches("\\d{1,7}")) {
                    throw InvalidInputException.of(field, "error.stock.items");
                }
                items.add(new ItemRequest(parts[0], Integer.parseInt(parts[1])));
            }
        }
        return items;
    }
}
