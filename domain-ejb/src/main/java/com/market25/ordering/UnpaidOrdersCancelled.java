package com.market25.ordering;

import java.util.List;

/**
 * Fired inside the transaction that cancels unpaid orders (customer, staff or expiry), before
 * their bonus is marked given back: the bonus ledger gives the unreturned bonus of each back.
 */
public record UnpaidOrdersCancelled(List<Long> orderIds) {
}
