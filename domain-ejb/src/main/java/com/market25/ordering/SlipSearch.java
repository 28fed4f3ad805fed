package com.market25.ordering;

import com.market25.common.LocalJdbc;
import com.market25.infrastructure.ContainerResources;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * 전표별 주문관리 (SET-03) on millions of slips: one page at a time in the order of up to four
 * sort keys, the totals of ALL matching slips by one aggregate statement, and every matching slip
 * streamed for the Excel export and the print page. Read-only, on its own connection at READ
 * COMMITTED (no locks on the orders checkouts are writing). Indexes: V72__order_screens.sql.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlipSearch {

    /** The most rows one page request may ask for. */
    public static final int PAGE_MAX = 200;

    private static final String COLUMNS = "o.id, o.slip_no, o.status, o.ordered_at, o.paid_at, o.completed_at,"
            + " o.staff_login, o.branch_code, o.channel, o.total_amount, m.member_no, m.name";

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource db;

    /**
     * One page of the slips the filter matches.
     *
     * @throws com.market25.common.InvalidInputException for a filter field or the sort keys
     *         ({@link SlipFilter#checked}, {@link SortRules#check})
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public List<SlipRow> page(SlipFilter filter, List<SortKey<SlipField>> sort, int first, int size) {
        List<SortKey<SlipField>> keys = SortRules.check(sort);
        List<Object> params = new ArrayList<>();
        String where = filter.checked().conditions(params);
        String order = orderBy(keys);
        boolean member = keys.stream().anyMatch(k -> k.field().needsMember());
        // deferred join: the page's ids from an index, then only those rows and their members
        String sql = "select " + COLUMNS + " from (select o.id from customer_order o"
                + (member ? " join member m on m.id = o.member_id" : "")
                + " where " + where + " order by " + order + " limit ? offset ?) k"
                + " join customer_order o on o.id = k.id join member m on m.id = o.member_id order by " + order;
        params.add(Math.min(Math.max(1, size), PAGE_MAX));
        params.add(Math.max(0, first));
        List<SlipRow> rows = new ArrayList<>();
        query(sql, params, 0, rs -> rows.add(row(rs)));
        return rows;
    }

    /** Count and 기간내 주문 총액 of ALL slips the filter matches, in one statement over ix_order_period. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public SlipTotals totals(SlipFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = filter.checked().conditions(params);
        String sold = "o.status not in (" + SlipFilter.statusList(CancelFilter.STATUSES) + ")";
        String sql = "select count(*), count(case when " + sold + " then 1 end),"
                + " coalesce(sum(case when " + sold + " then o.total_amount end), 0)"
                + " from customer_order o where " + where;
        SlipTotals[] totals = new SlipTotals[1];
        query(sql, params, 0, rs -> totals[0] = new SlipTotals(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)));
        return totals[0];
    }

    /**
     * Every slip the filter matches, in the sort's order, handed over one at a time as the
     * database streams them (forward only, nothing collected): memory stays the same for ten
     * rows or a million. At most {@code limit} rows when it is above zero.
     *
     * @return how many rows were handed over
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    public long forEach(SlipFilter filter, List<SortKey<SlipField>> sort, int limit, Consumer<SlipRow> each) {
        List<Object> params = new ArrayList<>();
        String where = filter.checked().conditions(params);
        String sql = "select " + COLUMNS + " from customer_order o join member m on m.id = o.member_id where " + where
                + " order by " + orderBy(SortRules.check(sort)) + (limit > 0 ? " limit " + limit : "");
        long[] n = {0};
        query(sql, params, 1000, rs -> {
            each.accept(row(rs));
            n[0]++;
        });
        return n[0];
    }

    /** The ORDER BY of the keys, newest first without keys, always ending in the id (stable pages). */
    static String orderBy(List<SortKey<SlipField>> keys) {
        if (keys.isEmpty()) {
            return "o.ordered_at desc, o.id desc";
        }
        return keys.stream().map(k -> k.field().column() + (k.descending() ? " desc" : " asc"))
                .collect(Collectors.joining(", ")) + ", o.id desc";
    }

    private static SlipRow row(ResultSet rs) throws SQLException {
        return new SlipRow(rs.getLong(1), rs.getString(2), OrderStatus.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class),
                rs.getObject(6, LocalDateTime.class), rs.getString(7), rs.getString(8),
                Channel.valueOf(rs.getString(9)), rs.getBigDecimal(10), rs.getString(11), rs.getString(12));
    }

    /** A row handler that may fail like JDBC. */
    @FunctionalInterface
    public interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, int fetchSize, RowHandler handler) {
        run(db, sql, params, fetchSize, handler);
    }

    /**
     * Runs a read on its own connection at READ COMMITTED; with a fetch size the driver streams
     * the rows instead of reading them all first. Shared with {@code payment.PaymentSearch}.
     */
    public static void run(DataSource db, String sql, List<Object> params, int fetchSize, RowHandler handler) {
        LocalJdbc.readCommitted(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                if (fetchSize > 0) {
                    ps.setFetchSize(fetchSize);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.accept(rs);
                    }
                }
            }
            return null;
        });
    }
}
