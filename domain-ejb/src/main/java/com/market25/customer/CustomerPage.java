package com.market25.customer;

import java.io.Serializable;
import java.util.List;

/**
 * A page of the customer list. {@code total} is exact up to {@link CustomerDesk#COUNT_CAP};
 * beyond that {@code capped} is true and the list says "10,000 or more", because counting a
 * million rows for a pager nobody pages to the end of would cost more than the page itself.
 */
public record CustomerPage(List<CustomerRow> rows, int total, boolean capped) implements Serializable {
}
