package com.market25.segment;

import java.util.List;

/** What the query box answered: column names, up to the row limit of rows (as text), whether more were cut. */
public record QueryResult(List<String> columns, List<List<String>> rows, boolean truncated, long durationMs) {
}
