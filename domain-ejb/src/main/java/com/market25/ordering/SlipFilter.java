package com.market25.ordering;

import com.market25.common.Checks;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The filters both order screens share (SET-03): order date {@code from..to} (inclusive), slip
 * status, 지사, 주문경로, 취소/반품여부 and one member by member number. Null means "any". The
 * payment screen adds its own ({@code payment.PaymentFilter}).
 */
public record SlipFilter(LocalDate from, LocalDate to, OrderStatus status, String branchCode, Channel channel,
        CancelFilter cancel, String memberNo) implements Serializable {

    public static final int BRANCH_MAX = 4;
    public static final int MEMBER_NO_MAX = 20;

    public SlipFilter {
        branchCode = blankToNull(branchCode);
        memberNo = blankToNull(memberNo);
        cancel = cancel == null ? CancelFilter.ALL : cancel;
    }

    /** The screens' opening filter: {@link PeriodShortcut#DEFAULT} up to {@code today}, nothing else. */
    public static SlipFilter opening(LocalDate today) {
        return period(PeriodShortcut.DEFAULT, today);
    }

    public static SlipFilter period(PeriodShortcut shortcut, LocalDate today) {
        return new SlipFilter(shortcut.from(today), shortcut.to(today), null, null, null, CancelFilter.ALL, null);
    }

    /**
     * Checks every field against its column.
     *
     * @throws com.market25.common.InvalidInputException {@code from} / {@code error.period.required},
     *         {@code error.period.order}; {@code branchCode} / {@code error.branch}; {@code memberNo} /
     *         {@code error.memberNo}
     */
    public SlipFilter checked() {
        Checks checks = new Checks();
        checks.that(from != null && to != null, "from", "error.period.required");
        checks.that(from == null || to == null || !from.isAfter(to), "from", "error.period.order");
        checks.that(branchCode == null || (branchCode.length() <= BRANCH_MAX && branchCode.chars().allMatch(Character::isLetterOrDigit)),
                "branchCode", "error.branch");
        checks.that(memberNo == null || (memberNo.length() <= MEMBER_NO_MAX && memberNo.chars().allMatch(Character::isLetterOrDigit)),
                "memberNo", "error.memberNo");
        checks.throwIfAny();
        return this;
    }

    /**
     * The WHERE conditions on {@code customer_order o} (joined to nothing else), adding their
     * values to {@code params} in order. The range is half-open on the day after {@code to}, so
     * the index on {@code ordered_at} is read as one range.
     */
    public String conditions(List<Object> params) {
        StringBuilder sql = new StringBuilder("o.ordered_at >= ? and o.ordered_at < ?");
        params.add(java.sql.Timestamp.valueOf(from.atStartOfDay()));
        params.add(java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        if (status != null) {
            sql.append(" and o.status = ?");
            params.add(status.name());
        }
        if (cancel != CancelFilter.ALL) {
            sql.append(cancel == CancelFilter.ONLY ? " and o.status in (" : " and o.status not in (")
                    .append(statusList(CancelFilter.STATUSES))
                    .append(')');
        }
        if (branchCode != null) {
            sql.append(" and o.branch_code = ?");
            params.add(branchCode);
        }
        if (channel != null) {
            sql.append(" and o.channel = ?");
            params.add(channel.name());
        }
        if (memberNo != null) {
            // one member: uk_member_no, then ix_order_member (member_id, ordered_at)
            sql.append(" and o.member_id = (select mm.id from member mm where mm.member_no = ?)");
            params.add(memberNo);
        }
        return sql.toString();
    }

    /** Enum names as SQL literals: they come from the enum, never from input. */
    public static String statusList(java.util.Collection<OrderStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
