package com.market25.ordering;

import com.market25.common.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sort rules of the order screens (SET-03, the seed's 정렬순서 1st … 4th): at most
 * {@value #MAX_KEYS} keys, each column once. An empty sort means the screen's default (newest
 * first). Every query adds the row id as a last key, so pages never overlap or skip rows.
 */
public final class SortRules {

    public static final int MAX_KEYS = 4;

    private SortRules() {
    }

    /**
     * @throws InvalidInputException {@code sort} / {@code error.sort.tooMany} for a fifth key,
     *         {@code error.sort.repeated} for a column named twice
     */
    public static <F extends Enum<F>> List<SortKey<F>> check(List<SortKey<F>> keys) {
        if (keys == null || keys.isEmpty()) {
            return List.of();
        }
        if (keys.size() > MAX_KEYS) {
            throw InvalidInputException.of("sort", "error.sort.tooMany", MAX_KEYS);
        }
        Set<F> seen = new HashSet<>();
        for (SortKey<F> key : keys) {
            Objects.requireNonNull(key.field(), "sort field");
            if (!seen.add(key.field())) {
                throw InvalidInputException.of("sort", "error.sort.repeated");
            }
        }
        return List.copyOf(keys);
    }
}
