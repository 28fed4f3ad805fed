package com.market25.admin.slips;

import com.market25.admin.i18n.Formats;
import com.market25.admin.i18n.Texts;
import com.market25.ordering.SlipRow;
import com.market25.payment.PaymentRow;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The columns of both order screens as the print page and the Excel export write them, in the
 * screens' order, with labels from the same bundle. An amount stays a number (Excel sums it).
 */
final class OrderColumns {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One column: its label key and its value (a String, or a BigDecimal for amounts). */
    record Column<R>(String labelKey, BiFunction<R, Locale, Object> value) {
    }

    static final List<Column<SlipRow>> SLIPS = List.of(
            new Column<>("slips.col.slipNo", (r, l) -> r.slipNo()),
            new Column<>("slips.col.status", (r, l) -> Texts.domain(l, r.status().labelKey())),
            new Column<>("slips.col.orderedAt", (r, l) -> minute(r.orderedAt())),
            new Column<>("slips.col.paidAt", (r, l) -> minute(r.paidAt())),
            new Column<>("slips.col.completedAt", (r, l) -> minute(r.completedAt())),
            new Column<>("slips.col.staff", (r, l) -> r.staffLogin()),
            new Column<>("slips.col.branch", (r, l) -> r.branchCode()),
            new Column<>("slips.col.channel", (r, l) -> Texts.domain(l, "channel." + r.channel().name())),
            new Column<>("slips.col.memberNo", (r, l) -> r.memberNo()),
            new Column<>("slips.col.member", (r, l) -> r.memberName()),
            new Column<>("slips.col.total", (r, l) -> r.totalAmount()));

    static final List<Column<PaymentRow>> PAYMENTS = List.of(
            new Column<>("paymentOrders.col.payer", (r, l) -> r.payerName()),
            new Column<>("paymentOrders.col.method", (r, l) -> Texts.domain(l, "paymentMethod." + r.method().name())),
            new Column<>("paymentOrders.col.company", (r, l) -> r.cardCompany() == null ? ""
                    : Texts.domain(l, "card." + r.cardCompany().name())),
            new Column<>("paymentOrders.col.cardNo", (r, l) -> nullToEmpty(r.maskedCardNo())),
            new Column<>("paymentOrders.col.installments", (r, l) -> installments(r.installmentMonths(), l)),
            new Column<>("paymentOrders.col.approvalNo", (r, l) -> nullToEmpty(r.approvalNo())),
            new Column<>("paymentOrders.col.amount", (r, l) -> r.amount()),
            new Column<>("paymentOrders.col.status", (r, l) -> Texts.domain(l, "paymentStatus." + r.status().name())),
            new Column<>("paymentOrders.col.paidAt", (r, l) -> minute(r.completedAt())),
            new Column<>("slips.col.slipNo", (r, l) -> r.slipNo()),
            new Column<>("slips.col.status", (r, l) -> Texts.domain(l, r.orderStatus().labelKey())),
            new Column<>("slips.col.orderedAt", (r, l) -> minute(r.orderedAt())),
            new Column<>("slips.col.branch", (r, l) -> r.branchCode()),
            new Column<>("slips.col.memberNo", (r, l) -> r.memberNo()),
            new Column<>("slips.col.member", (r, l) -> r.memberName()));

    private OrderColumns() {
    }

    static String text(Object value, Locale locale) {
        return value instanceof BigDecimal b ? Formats.won(b, locale) : String.valueOf(value);
    }

    private static String minute(LocalDateTime t) {
        return t == null ? "" : MINUTE.format(t);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String installments(Integer months, Locale locale) {
        if (months == null) {
            return "";
        }
        return months <= 1 ? Texts.ui(locale, "slips.payment.lumpSum") : Texts.ui(locale, "slips.payment.months", months);
    }
}
