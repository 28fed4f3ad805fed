package com.market25.payment;

import com.market25.infrastructure.ContainerResources;
import com.market25.ordering.OrderStatus;
import com.market25.ordering.SlipSearch;
import com.market25.ordering.SortKey;
import com.market25.ordering.SortRules;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * 결제별 주문관리 (SET-03): one row per payment with its slip and member, paged in the order of
 * up to four sort keys, the totals of ALL matching payments by one statement, every matching
 * payment streamed for the Excel export. The order date is the period (as on the seed), so the
 * reads start from customer_order's date indexes and reach payments through
 * {@code ix_payment_order_cover} (V72). Read-only, own connection at READ COMMITTED.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentSearch {

    private static final String COLUMNS = "p.id, p.payer_name, p.method, p.card_company, p.masked_card_no,"
            + " p.installment_months, p.approval_no, p.amount, p.status, p.completed_at, p.cancelled_at,"
            + " o.slip_no, o.status, o.ordered_at, o.branch_code, m.member_no, m.name";

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource db;

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public List<PaymentRow> page(PaymentFilter filter, List<SortKey<PaymentField>> sort, int first, int size) {
        List<SortKey<PaymentField>> keys = SortRules.check(sort);
        List<Object> params = new ArrayList<>();
        String where = filter.checked().conditions(params);
        String order = orderBy(keys);
        boolean member = keys.stream().anyMatch(k -> k.field() == PaymentField.MEMBER_NAME);
        String sql = "select " + COLUMNS + " from (select p.id from customer_order o join payment p on p.order_id = o.id"
                + (member ? " join member m on m.id = o.member_id" : "")
                + " where " + where + " order by " + order + " limit ? offset ?) k"
                + " join payment p on p.id = k.id join customer_order o on o.id = p.order_id"
                + " join member m on m.id = o.member_id order by " + order;
        params.add(Math.min(Math.max(1, size), SlipSearch.PAGE_MAX));
        params.add(Math.max(0, first));
        List<PaymentRow> rows = new ArrayList<>();
        SlipSearch.run(db, sql, params, 0, rs -> rows.add(row(rs)));
        return rows;
    }

    /**
     * Count and 기간내 결제총액 of ALL payments the filter matches, one statement. With the period as
     * the only order-side filter it reads payment alone, one range of ix_payment_ordered (V82): a
     * year of a million slips is one index range instead of one lookup per order. Any other
     * order-side filter joins customer_order, where its columns live.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public PaymentTotals totals(PaymentFilter filter) {
        List<Object> params = new ArrayList<>();
        filter.checked();
        String from = filter.periodOnly() ? "payment p where " + filter.conditionsOnPayment(params)
                : "customer_order o join payment p on p.order_id = o.id where " + filter.conditions(params);
        String sql = "select count(*), count(case when p.status = 'APPROVED' then 1 end),"
                + " coalesce(sum(case when p.status = 'APPROVED' then p.amount end), 0) from " + from;
        PaymentTotals[] totals = new PaymentTotals[1];
        SlipSearch.run(db, sql, params, 0, rs -> totals[0] = new PaymentTotals(rs.getLong(1), rs.getLong(2),
                rs.getBigDecimal(3)));
        return totals[0];
    }

    /** Every payment the filter matches, streamed in the sort's order (constant memory); at most {@code limit} when above zero. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public long forEach(PaymentFilter filter, List<SortKey<PaymentField>> sort, int limit, Consumer<PaymentRow> each) {
        List<Object> params = new ArrayList<>();
        String where = filter.checked().conditions(params);
        String sql = "select " + COLUMNS + " from customer_order o join payment p on p.order_id = o.id"
                + " join member m on m.id = o.member_id where " + where + " order by " + orderBy(SortRules.check(sort))
                + (limit > 0 ? " limit " + limit : "");
        long[] n = {0};
        SlipSearch.run(db, sql, params, 1000, rs -> {
            each.accept(row(rs));
            n[0]++;
        });
        return n[0];
    }

    /**
     * Newest orders first without keys, read along ix_order_ordered (ordered_at, id) with each
     * order's payments joined to it, so the first page reads about 20 orders, not the whole
     * period: every key of that order is a customer_order column (a payment column in it would
     * sort the whole joined period first). The payments of one order then come in the order of
     * ix_payment_order_cover, the same on every read. With sort keys the order's id and the
     * payment's id end the order, so pages never overlap.
     */
    static String orderBy(List<SortKey<PaymentField>> keys) {
        String tail = "o.id desc, p.id desc";
        if (keys.isEmpty()) {
            return "o.ordered_at desc, o.id desc";
        }
        return keys.stream().map(k -> k.field().column() + (k.descending() ? " desc" : " asc"))
                .collect(Collectors.joining(", ")) + ", " + tail;
    }

    private static PaymentRow row(ResultSet rs) throws SQLException {
        String company = rs.getString(4);
        int months = rs.getInt(6);
        Integer installments = rs.wasNull() ? null : months;
        return new PaymentRow(rs.getLong(1), rs.getString(2), PaymentMethod.valueOf(rs.getString(3)),
                company == null ? null : CardCompany.valueOf(company), rs.getString(5), installments,
                rs.getString(7), rs.getBigDecimal(8), PaymentStatus.valueOf(rs.getString(9)),
                rs.getObject(10, LocalDateTime.class), rs.getObject(11, LocalDateTime.class), rs.getString(12),
                OrderStatus.valueOf(rs.getString(13)), rs.getObject(14, LocalDateTime.class), rs.getString(15),
                rs.getString(16), rs.getString(17));
    }
}
