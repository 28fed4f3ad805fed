package com.market25.payment;

import com.market25.ordering.CancelFilter;
import com.market25.ordering.SlipFilter;
import java.io.Serializable;
import java.sql.Timestamp;
import java.util.List;

/**
 * Filters of 결제별 주문관리 (SET-03): the slip filters (order date, status, 지사, 주문경로,
 * 취소/반품여부, member) plus 결제유형 and the payment's own status. Null means "any".
 */
public record PaymentFilter(SlipFilter orders, PaymentMethod method, PaymentStatus status) implements Serializable {

    public PaymentFilter checked() {
        orders.checked();
        return this;
    }

    /** WHERE conditions on {@code customer_order o} joined to {@code payment p}. */
    String conditions(List<Object> params) {
        return paymentConditions(new StringBuilder(orders.conditions(params)), params);
    }

    /**
     * True when the period is the only order-side filter. Compared as a whole record, so a filter
     * field added to SlipFilter one day counts as order-side until it is listed here.
     */
    boolean periodOnly() {
        return orders.equals(new SlipFilter(orders.from(), orders.to(), null, null, null, CancelFilter.ALL, null));
    }

    /**
     * WHERE conditions on {@code payment p} alone, for a {@link #periodOnly} filter: the period on
     * the order's date the payment carries (V82), half-open like {@link SlipFilter#conditions}.
     */
    String conditionsOnPayment(List<Object> params) {
        if (!periodOnly()) {
            throw new IllegalStateException("an order-side filter needs customer_order");
        }
        params.add(Timestamp.valueOf(orders.from().atStartOfDay()));
        params.add(Timestamp.valueOf(orders.to().plusDays(1).atStartOfDay()));
        return paymentConditions(new StringBuilder("p.ordered_at >= ? and p.ordered_at < ?"), params);
    }

    private String paymentConditions(StringBuilder sql, List<Object> params) {
        if (method != null) {
            sql.append(" and p.method = ?");
            params.add(method.name());
        }
        if (status != null) {
            sql.append(" and p.status = ?");
            params.add(status.name());
        }
        return sql.toString();
    }
}
