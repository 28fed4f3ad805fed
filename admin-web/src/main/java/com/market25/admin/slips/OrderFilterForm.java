package com.market25.admin.slips;

import com.market25.ordering.CancelFilter;
import com.market25.ordering.Channel;
import com.market25.ordering.OrderStatus;
import com.market25.ordering.PeriodShortcut;
import com.market25.ordering.SlipFilter;
import com.market25.ordering.SortKey;
import com.market25.payment.PaymentFilter;
import com.market25.payment.PaymentMethod;
import com.market25.payment.PaymentStatus;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What staff typed into the filter of either order screen, kept as typed, and the same filter
 * as query parameters for the print page and the Excel export (which open in a new request and
 * must show exactly what the screen shows). The rules of the filter are the domain's
 * ({@link SlipFilter#checked}); this only carries it.
 */
public class OrderFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private PeriodShortcut shortcut;
    private OrderStatus status;
    private String branchCode;
    private Channel channel;
    private CancelFilter cancel = CancelFilter.ALL;
    private String memberNo;
    private PaymentMethod method;
    private PaymentStatus paymentStatus;

    public OrderFilterForm() {
        shortcut(PeriodShortcut.DEFAULT, LocalDate.now());
    }

    public final void shortcut(PeriodShortcut which, LocalDate today) {
        shortcut = which;
        from = which.from(today);
        to = which.to(today);
    }

    /** After typed dates: the shortcut whose range they are stays lit, any other goes out. */
    public void typed(LocalDate today) {
        shortcut = from == null || to == null ? null : PeriodShortcut.matching(from, to, today);
    }

    public SlipFilter slipFilter() {
        return new SlipFilter(from, to, status, branchCode, channel, cancel, memberNo);
    }

    public PaymentFilter paymentFilter() {
        return new PaymentFilter(slipFilter(), method, paymentStatus);
    }

    /** The filter and sort as query parameters (no leading '?'). */
    public String query(List<? extends SortKey<?>> sort) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", from == null ? null : from.toString());
        p.put("to", to == null ? null : to.toString());
        p.put("status", status == null ? null : status.name());
        p.put("branch", branchCode);
        p.put("channel", channel == null ? null : channel.name());
        p.put("cancel", cancel == null ? null : cancel.name());
        p.put("member", memberNo);
        p.put("method", method == null ? null : method.name());
        p.put("paymentStatus", paymentStatus == null ? null : paymentStatus.name());
        p.put("sort", sort == null || sort.isEmpty() ? null : sort.stream()
                .map(k -> k.field().name() + (k.descending() ? ":desc" : ":asc")).collect(Collectors.joining(",")));
        return p.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The filter of a print or export request; unknown values are refused, never guessed. */
    public static OrderFilterForm parse(Function<String, String> param) {
        OrderFilterForm f = new OrderFilterForm();
        f.from = date(param.apply("from"));
        f.to = date(param.apply("to"));
        f.status = value(OrderStatus.class, param.apply("status"));
        f.branchCode = param.apply("branch");
        f.channel = value(Channel.class, param.apply("channel"));
        CancelFilter cancel = value(CancelFilter.class, param.apply("cancel"));
        f.cancel = cancel == null ? CancelFilter.ALL : cancel;
        f.memberNo = param.apply("member");
        f.method = value(PaymentMethod.class, param.apply("method"));
        f.paymentStatus = value(PaymentStatus.class, param.apply("paymentStatus"));
        f.shortcut = null;
        return f;
    }

    /** Sort keys of a request ({@code TOTAL:desc,MEMBER_NAME:asc}), as the screen sent them. */
    public static <F extends Enum<F>> List<SortKey<F>> sort(Class<F> fields, String text) {
        List<SortKey<F>> keys = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return keys;
        }
        for (String part : text.split(",")) {
            String[] kv = part.split(":", 2);
            keys.add(new SortKey<>(Enum.valueOf(fields, kv[0].trim()), kv.length > 1 && "desc".equalsIgnoreCase(kv[1].trim())));
        }
        return keys;
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + s);
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String s) {
        return s == null || s.isBlank() ? null : Enum.valueOf(type, s.trim());
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public PeriodShortcut getShortcut() {
        return shortcut;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public CancelFilter getCancel() {
        return cancel;
    }

    public void setCancel(CancelFilter cancel) {
        this.cancel = cancel;
    }

    public String getMemberNo() {
        return memberNo;
    }

    public void setMemberNo(String memberNo) {
        this.memberNo = memberNo;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public PaymentStatus getPaymentStatus() {
        return paymentStatus;
    }

    public void setPaymentStatus(PaymentStatus paymentStatus) {
        this.paymentStatus = paymentStatus;
    }
}
