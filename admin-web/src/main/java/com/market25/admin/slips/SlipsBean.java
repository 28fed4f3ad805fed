package com.market25.admin.slips;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.ordering.IllegalOrderTransitionException;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderDetail;
import com.market25.ordering.OrderStatus;
import com.market25.ordering.SlipQuery;
import com.market25.ordering.SlipRow;
import com.market25.payment.PaymentDesk;
import com.market25.payment.PaymentView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.SelectEvent;

/** 전표별 주문관리 (SET-03): the slip list, one slip's detail, and moving it on. */
@Named
@ViewScoped
public class SlipsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrderDesk orderDesk;

    @EJB
    private PaymentDesk paymentDesk;

    @Inject
    private StaffSession staff;

    private LocalDate from;
    private LocalDate to;
    private OrderStatus status;
    private String branchCode;
    private DateShortcut shortcut;

    private List<SlipRow> rows = List.of();
    private SlipRow selected;
    private OrderDetail detail;
    private List<PaymentView> payments = List.of();

    @PostConstruct
    void init() {
        applyShortcut(DateShortcut.MONTH);
    }

    public void search() {
        shortcut = null;
        load();
    }

    public void shortcut(DateShortcut which) {
        applyShortcut(which);
    }

    private void applyShortcut(DateShortcut which) {
        LocalDate today = LocalDate.now();
        shortcut = which;
        from = which.from(today);
        to = which.to(today);
        load();
    }

    private void load() {
        if (from != null && to != null && from.isAfter(to)) {
            Texts.error(null, Texts.ui("slips.error.range"));
            rows = List.of();
            return;
        }
        LocalDate today = LocalDate.now();
        rows = orderDesk.slips(new SlipQuery(from == null ? today.minusYears(30) : from, to == null ? today : to,
                status, blankToNull(branchCode)));
        if (selected != null) {
            String slipNo = selected.slipNo();
            selected = rows.stream().filter(r -> r.slipNo().equals(slipNo)).findFirst().orElse(null);
            if (selected == null) {
                clearDetail();
            }
        }
    }

    public void onRowSelect(SelectEvent<SlipRow> event) {
        selected = event.getObject();
        loadDetail();
    }

    private void loadDetail() {
        if (selected == null) {
            clearDetail();
            return;
        }
        detail = orderDesk.detail(selected.slipNo()).orElse(null);
        payments = detail == null ? List.of() : paymentDesk.paymentsOf(detail.slipNo());
    }

    private void clearDetail() {
        detail = null;
        payments = List.of();
    }

    public void instructDelivery() {
        move(OrderStatus.DELIVERY_INSTRUCTED);
    }

    public void markDelivered() {
        move(OrderStatus.DELIVERED);
    }

    public void complete() {
        move(OrderStatus.COMPLETED);
    }

    /** 주문취소 of an unpaid slip: its stock goes back; a paid slip or one being paid is refused. */
    public void cancelOrder() {
        if (detail == null) {
            return;
        }
        String slipNo = detail.slipNo();
        try {
            orderDesk.cancelByStaff(slipNo, staff.loginId());
            Texts.info(null, Texts.ui("slips.cancelled", slipNo));
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Texts.error(null, Texts.domain(key)));
        }
        load();
        loadDetail();
    }

    private void move(OrderStatus target) {
        if (detail == null) {
            return;
        }
        String slipNo = detail.slipNo();
        try {
            OrderStatus now = orderDesk.move(slipNo, target, staff.loginId());
            Texts.info(null, Texts.ui("slips.moved", slipNo, Texts.domain(now.labelKey())));
        } catch (IllegalOrderTransitionException e) {
            Texts.error(null, Texts.domain("error.transition"));
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Texts.error(null, Texts.domain(key)));
        }
        load();
        loadDetail();
    }

    public BigDecimal getPeriodTotal() {
        return SlipRow.periodTotal(rows);
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public DateShortcut[] getShortcuts() {
        return DateShortcut.values();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
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

    public DateShortcut getShortcut() {
        return shortcut;
    }

    public List<SlipRow> getRows() {
        return rows;
    }

    public SlipRow getSelected() {
        return selected;
    }

    public void setSelected(SlipRow selected) {
        this.selected = selected;
    }

    public OrderDetail getDetail() {
        return detail;
    }

    public List<PaymentView> getPayments() {
        return payments;
    }
}
