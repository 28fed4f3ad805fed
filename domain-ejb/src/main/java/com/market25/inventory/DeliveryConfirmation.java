package com.market25.inventory;

import com.market25.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 납품 확인 (INV-01): per item, how many of what was sent actually arrived. Nothing more than was
 * sent can arrive; what is missing is the shortfall, recorded and shown with the document.
 */
public final class DeliveryConfirmation {

    private DeliveryConfirmation() {
    }

    /** A line as sent (transfer shipped, receipt announced) and as counted at the door. */
    public record Line(int lineNo, long productId, int sent, int confirmed) {

        public int shortfall() {
            return sent - confirmed;
        }
    }

    /**
     * The lines with their confirmed quantities; a line the caller did not count arrived in full.
     *
     * @param sent line number to the quantity sent, in line order
     * @param productIds line number to product
     * @param counted line number to the confirmed quantity (missing lines: all arrived)
     * @throws InvalidInputException {@code confirmed} / {@code error.stock.confirmed} for a quantity
     *         below zero or above what was sent, or for a line that is not on the document
     */
    public static List<Line> confirm(Map<Integer, Integer> sent, Map<Integer, Long> productIds,
            Map<Integer, Integer> counted) {
        for (Integer lineNo : counted.keySet()) {
            if (!sent.containsKey(lineNo)) {
                throw InvalidInputException.of("confirmed", "error.stock.confirmed");
            }
        }
        Map<Integer, Line> lines = new LinkedHashMap<>();
        for (var e : sent.entrySet()) {
            Integer c = counted.get(e.getKey());
            int confirmed = c == null ? e.getValue() : c;
            if (confirmed < 0 || confirmed > e.getValue()) {
                throw InvalidInputException.of("confirmed", "error.stock.confirmed");
            }
            lines.put(e.getKey(), new Line(e.getKey(), productIds.get(e.getKey()), e.getValue(), confirmed));
        }
        return List.copyOf(lines.values());
    }

    public static int totalShortfall(List<Line> lines) {
        return lines.stream().mapToInt(Line::shortfall).sum();
    }
}
