package com.market25.payment;

import com.market25.ordering.SlipFilter;
import java.io.Serializable;
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
        StringBuilder sql = new StringBuilder(orders.conditions(params));
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
