package com.market25.admin.slips;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.ordering.IllegalOrderTransitionException;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderDetail;
import com.market25.ordering.OrderNote;
import com.market25.ordering.OrderNotes;
import com.market25.ordering.OrderStatus;
import com.market25.payment.PaymentDesk;
import com.market25.payment.PaymentView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The staff order detail ({@code order.xhtml?slip=…}, from either order screen): member and upper
 * member, slip, items with their status, payments as the payment rows show them (cancelled
 * approvals included), the full status history with who and when, staff notes (newest first),
 * and the moves staff make on one slip. Deliveries have their place on the page
 * ({@code WEB-INF/includes/order-deliveries.xhtml}), filled by the delivery part of the shop.
 */
@Named
@ViewScoped
public class OrderBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrderDesk orderDesk;

    @EJB
    private PaymentDesk paymentDesk;

    @EJB
    private OrderNotes notes;

    @Inject
    private StaffSession staff;

    private String slip;
    private OrderDetail detail;
    private List<PaymentView> payments = List.of();
    private List<OrderNote> noteList = List.of();
    private String note;

    /** The view action of the page: loads the slip named in the address. */
    public void load() {
        if (slip == null || slip.isBlank() || slip.length() > 10) {
            detail = null;
        } else {
            detail = orderDesk.detail(slip.trim()).orElse(null);
        }
        if (detail == null) {
            payments = List.of();
            noteList = List.of();
            Texts.error(null, Texts.domain("error.orderUnknown"));
            return;
        }
        payments = paymentDesk.paymentsOf(detail.slipNo());
        noteList = notes.of(detail.slipNo());
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
        try {
            orderDesk.cancelByStaff(detail.slipNo(), staff.loginId());
            Texts.info(null, Texts.ui("slips.cancelled", detail.slipNo()));
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Texts.error(null, Texts.domain(key)));
        }
        load();
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
    }

    /** Adds a staff note with who and when; a refused note keeps what was typed. */
    public void addNote() {
        if (detail == null) {
            return;
        }
        try {
            notes.add(detail.slipNo(), note, staff.loginId());
            note = null;
            Texts.info(null, Texts.ui("order.note.added"));
            noteList = notes.of(detail.slipNo());
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Texts.error("slipForm:note", Texts.domain(key)));
        }
    }

    public String getSlip() {
        return slip;
    }

    public void setSlip(String slip) {
        this.slip = slip;
    }

    public OrderDetail getDetail() {
        return detail;
    }

    public List<PaymentView> getPayments() {
        return payments;
    }

    public List<OrderNote> getNotes() {
        return noteList;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
