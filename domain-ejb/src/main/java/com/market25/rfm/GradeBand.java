package com.market25.rfm;

import java.util.Comparator;
import java.util.List;

/** A grade (VIP, 우수, 일반, 휴면 …) for customer values from {@code minValue} up to the next band. */
public record GradeBand(String name, int minValue) {

    /** The band of a value: the one with the highest minimum not above it; empty name if none. */
    public static String gradeOf(int value, List<GradeBand> bands) {
        return bands.stream()
                .filter(b -> b.minValue() <= value)
                .max(Comparator.comparingInt(GradeBand::minValue))
                .map(GradeBand::name)
                .orElse("");
    }
}
