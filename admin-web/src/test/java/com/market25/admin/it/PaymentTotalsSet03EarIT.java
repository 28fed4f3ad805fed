package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 결제별 주문관리 (SET-03) period totals through the back office API, exact for every filter: the
 * period alone is answered from payment's copy of the order date (V82), order-side filters from
 * customer_order. A month of its own in a past year holds orders of two branches of their own,
 * both channels, two members, every settled slip status and one to two payments each of every
 * method and settled payment status, plus orders just outside the month; each filter's count, approved count and
 * approved sum must equal the plain count and sum of the fixture and of SQL written another way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentTotalsSet03EarIT {

    private static final Set<String> CANCELLED_OR_RETURNED = Set.of("CANCELLED", "RETURNED", "REFUNDED");
    // settled statuses only: the shop's own jobs (unpaid-order expiry, payment reconciliation, deposit
    // deadlines) would move an unpaid order or an open payment of a past month while the test reads
    private static final List<String> SLIP_STATUSES = List.of("PAID", "DELIVERY_INSTRUCTED", "DELIVERED", "COMPLETED",
            "CANCELLED");
    private static final List<String> METHODS = List.of("CARD", "BANK_TRANSFER", "E_WALLET");
    private static final List<String> PAYMENT_STATUSES = List.of("APPROVED", "DECLINED", "APPROVED", "CANCELLED",
            "APPROVED");

    /** One payment of the fixture with what the filters look at. */
    private record Paid(LocalDateTime orderedAt, String slipStatus, String branch, String channel, String memberNo,
            String method, String status, BigDecimal amount) {
    }

    private final String tag = Long.toString(System.nanoTime() % 46_656L, 36);
    private final String branchA = "A" + tag;
    private final String branchB = "B" + tag;
    private LocalDate from;
    private LocalDate to;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final List<Paid> fixture = new ArrayList<>();
    private String memberA;
    private String memberB;
    private StaffApi api;

    @BeforeAll
    void monthOfPayments() throws Exception {
        api = StaffApi.admin();
        try (Connection c = StaffApi.db()) {
            do { // a month of a past year no other order is near (the totals of the period alone count every payment)
                from = LocalDate.of(1991 + ThreadLocalRandom.current().nextInt(29), 1 + ThreadLocalRandom.current().nextInt(12), 1);
                to = from.plusMonths(1).minusDays(1);
            } while (single(c, "select count(*) from customer_order where ordered_at >= '" + from.minusDays(1)
                    + "' and ordered_at < '" + to.plusDays(2) + "'") > 0);
            long product = single(c, "select id from product where code = '" + Storefront.DIMCHAE + "'");
            long idA = single(c, "select id from member where login_id = 'miran'");
            long idB = single(c, "select min(id) from member where id <> " + idA);
            memberA = text(c, "select member_no from member where id = " + idA);
            memberB = text(c, "select member_no from member where id = " + idB);
            List<LocalDateTime> times = new ArrayList<>(List.of(from.atStartOfDay(), to.atTime(LocalTime.MAX).withNano(999_000_000),
                    from.atStartOfDay().minusNanos(1_000_000), to.plusDays(1).atStartOfDay()));
            for (int i = 0; i < 32; i++) { // 9:00 on the 1st to about the 30th
                times.add(from.atTime(9, 0).plusHours(i * 20L));
            }
            for (int i = 0; i < times.size(); i++) {
                String slipStatus = SLIP_STATUSES.get(i % SLIP_STATUSES.size());
                String branch = i % 3 == 0 ? branchB : branchA;
                String channel = i % 2 == 0 ? "INTERNET" : "PHONE";
                long member = i % 7 == 0 ? idB : idA;
                BigDecimal amount = BigDecimal.valueOf(10_000L * (1 + (i * 7) % 13));
                long order = order(c, product, member, slipStatus, branch, channel, amount, times.get(i));
                int payments = i % 4 == 1 ? 2 : 1;
                for (int k = 0; k < payments; k++) {
                    String method = METHODS.get((i + k) % METHODS.size());
                    String status = PAYMENT_STATUSES.get((i + 2 * k) % PAYMENT_STATUSES.size());
                    BigDecimal paid = k == 0 ? amount : BigDecimal.valueOf(3_000L + i);
                    payment(c, order, method, status, paid, times.get(i), run + "-" + i + "-" + k);
                    fixture.add(new Paid(times.get(i), slipStatus, branch, channel, member == idB ? memberB : memberA,
                            method, status, paid));
                }
            }
        }
    }

    @Test
    @DisplayName("SET-03 결제별 기간내 결제총액 of the period alone, with 결제유형 or 결제상태, equals the plain sum")
    void periodAloneFromPaymentIsExact() throws Exception {
        assertTotals("", p -> true, "1=1");
        assertTotals("&method=BANK_TRANSFER", p -> p.method().equals("BANK_TRANSFER"), "p.method = 'BANK_TRANSFER'");
        assertTotals("&paymentStatus=APPROVED", p -> p.status().equals("APPROVED"), "p.status = 'APPROVED'");
        assertTotals("&method=CARD&paymentStatus=DECLINED", p -> p.method().equals("CARD") && p.status().equals("DECLINED"),
                "p.method = 'CARD' and p.status = 'DECLINED'");
    }

    @Test
    @DisplayName("SET-03 결제별 totals with 지사, 전표상태, 주문경로, 취소/반품 and 회원 filters equal the plain sum")
    void orderSideFiltersAreExact() throws Exception {
        assertTotals("&branch=" + branchA, p -> p.branch().equals(branchA), "o.branch_code = '" + branchA + "'");
        assertTotals("&status=PAID", p -> p.slipStatus().equals("PAID"), "o.status = 'PAID'");
        assertTotals("&channel=PHONE", p -> p.channel().equals("PHONE"), "o.channel = 'PHONE'");
        assertTotals("&cancel=ONLY", p -> CANCELLED_OR_RETURNED.contains(p.slipStatus()),
                "o.status in ('CANCELLED', 'RETURNED', 'REFUNDED')");
        assertTotals("&cancel=EXCLUDE", p -> !CANCELLED_OR_RETURNED.contains(p.slipStatus()),
                "o.status not in ('CANCELLED', 'RETURNED', 'REFUNDED')");
        assertTotals("&member=" + memberB, p -> p.memberNo().equals(memberB),
                "o.member_id = (select id from member where member_no = '" + memberB + "')");
    }

    @Test
    @DisplayName("SET-03 결제별 totals with order-side and payment filters together equal the plain sum")
    void combinedFiltersAreExact() throws Exception {
        assertTotals("&branch=" + branchB + "&method=CARD", p -> p.branch().equals(branchB) && p.method().equals("CARD"),
                "o.branch_code = '" + branchB + "' and p.method = 'CARD'");
        assertTotals("&branch=" + branchA + "&cancel=EXCLUDE&channel=INTERNET&paymentStatus=APPROVED",
                p -> p.branch().equals(branchA) && !CANCELLED_OR_RETURNED.contains(p.slipStatus())
                        && p.channel().equals("INTERNET") && p.status().equals("APPROVED"),
                "o.branch_code = '" + branchA + "' and o.status not in ('CANCELLED', 'RETURNED', 'REFUNDED')"
                        + " and o.channel = 'INTERNET' and p.status = 'APPROVED'");
        assertTotals("&member=" + memberA + "&status=CANCELLED&method=E_WALLET",
                p -> p.memberNo().equals(memberA) && p.slipStatus().equals("CANCELLED") && p.method().equals("E_WALLET"),
                "o.member_id = (select id from member where member_no = '" + memberA + "') and o.status = 'CANCELLED'"
                        + " and p.method = 'E_WALLET'");
    }

    @Test
    @DisplayName("SET-03 a card payment made at the storefront carries its order's date, as every payment in the database")
    void everyPaymentCarriesItsOrderDate() throws Exception {
        String slipNo = Storefront.newPaidOrder(AdminBrowser.storefrontUrl()).slipNo();
        try (Connection c = StaffApi.db()) {
            assertEquals(1, single(c, "select count(*) from payment p join customer_order o on o.id = p.order_id"
                    + " where o.slip_no = '" + slipNo + "' and p.status = 'APPROVED' and p.ordered_at = o.ordered_at"),
                    "the storefront's card payment carries the order's date");
            assertEquals(0, single(c, "select count(*) from payment p join customer_order o on o.id = p.order_id"
                    + " where p.ordered_at <> o.ordered_at"), "payments whose order date differs from their order's");
        }
    }

    /** The API's totals for the month with {@code query}, the fixture's plain count and sum, and SQL over the days. */
    private void assertTotals(String query, Predicate<Paid> filter, String sqlCondition) throws Exception {
        List<Paid> matching = fixture.stream()
                .filter(p -> !p.orderedAt().toLocalDate().isBefore(from) && !p.orderedAt().toLocalDate().isAfter(to))
                .filter(filter).toList();
        List<Paid> approved = matching.stream().filter(p -> p.status().equals("APPROVED")).toList();
        String expected = matching.size() + "/" + approved.size() + "/"
                + approved.stream().map(Paid::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(!matching.isEmpty(), "the fixture has payments for " + query);

        HttpResponse<String> r = api.get("orders/payments/totals?from=" + from + "&to=" + to + query);
        assertEquals(200, r.statusCode(), r.body());
        String shown = StaffApi.field(r.body(), "count") + "/" + StaffApi.field(r.body(), "approvedCount") + "/"
                + StaffApi.field(r.body(), "approvedTotal");
        assertEquals(expected, shown, "totals of" + (query.isEmpty() ? " the period alone" : query));

        String sql = "select count(*), coalesce(sum(p.status = 'APPROVED'), 0),"
                + " coalesce(sum(if(p.status = 'APPROVED', p.amount, 0)), 0) from payment p"
                + " join customer_order o on o.id = p.order_id where date(o.ordered_at) between ? and ? and " + sqlCondition;
        try (Connection c = StaffApi.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(expected, rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getBigDecimal(3).toPlainString(),
                        "SQL over the days of the month, " + query);
            }
        }
    }

    private long order(Connection c, long product, long member, String status, String branch, String channel,
            BigDecimal amount, LocalDateTime at) throws SQLException {
        String slip = text(c, "select lpad(nextval(slip_no_seq), 10, '0')");
        long order = insert(c, "insert into customer_order (slip_no, member_id, status, channel, staff_login, branch_code,"
                + " total_amount, recipient_kind, recipient_name, recipient_phone, recipient_postal_code, recipient_address,"
                + " ordered_at, paid_at, cancelled_at, version, payment_underway)"
                + " values (?, ?, ?, ?, 'tester', ?, ?, 'HOME', '안미란', '0333-6582376', '450100', '경기도 평택시 세교동', ?, ?, ?, 0, false)",
                slip, member, status, channel, branch, amount, Timestamp.valueOf(at),
                Timestamp.valueOf(at.plusSeconds(1)),
                "CANCELLED".equals(status) ? Timestamp.valueOf(at.plusSeconds(2)) : null);
        insert(c, "insert into order_line (order_id, line_no, product_id, product_code, product_name, quantity, unit_price,"
                + " line_amount, discount_bonus, sponsor_bonus, status, item_state) values (?, 1, ?, ?, '딤채고급형 신형(DP-601)', 1, ?, ?, 0, 0, ?, ?)",
                order, product, Storefront.DIMCHAE, amount, amount, status, status);
        return order;
    }

    /** A payment row as the application writes it: the order's date copied (V82). */
    private static void payment(Connection c, long order, String method, String status, BigDecimal amount,
            LocalDateTime orderedAt, String reference) throws SQLException {
        boolean card = "CARD".equals(method);
        insert(c, "insert into payment (order_id, method, payer_name, card_company, installment_months, masked_card_no,"
                + " amount, status, requested_at, completed_at, reference, ordered_at)"
                + " values (?, ?, '안미란', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                order, method, card ? "BC" : null, card ? 0 : null, card ? "4111-11**-****-1111" : null, amount, status,
                Timestamp.valueOf(orderedAt.plusSeconds(1)),
                "APPROVED".equals(status) ? Timestamp.valueOf(orderedAt.plusSeconds(2)) : null, "T" + reference,
                Timestamp.valueOf(orderedAt));
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
