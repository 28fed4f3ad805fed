package com.market25.admin.slips;

import com.market25.ordering.CancelFilter;
import com.market25.ordering.SortKey;
import com.market25.payment.PaymentField;
import com.market25.payment.PaymentMethod;
import com.market25.payment.PaymentRow;
import com.market25.payment.PaymentSearch;
import com.market25.payment.PaymentStatus;
import com.market25.payment.PaymentTotals;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 결제별 주문관리 (SET-03): one row per payment (method, card company, masked number,
 * installments, approval number, amount, status) with its slip and member, paged and sorted by
 * the database, 기간내 결제총액 over every matching payment, print and Excel export.
 */
@Named
@ViewScoped
public class PaymentOrdersBean extends OrderScreen<PaymentRow, PaymentField> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, PaymentField> FIELDS = Map.ofEntries(
            Map.entry("payerName", PaymentField.PAYER), Map.entry("method", PaymentField.METHOD),
            Map.entry("cardCompany", PaymentField.CARD_COMPANY), Map.entry("maskedCardNo", PaymentField.CARD_NO),
            Map.entry("installmentMonths", PaymentField.INSTALLMENTS), Map.entry("approvalNo", PaymentField.APPROVAL_NO),
            Map.entry("amount", PaymentField.AMOUNT), Map.entry("status", PaymentField.STATUS),
            Map.entry("completedAt", PaymentField.PAID_AT), Map.entry("slipNo", PaymentField.SLIP_NO),
            Map.entry("orderedAt", PaymentField.ORDERED_AT), Map.entry("branchCode", PaymentField.BRANCH),
            Map.entry("memberName", PaymentField.MEMBER_NAME));

    @EJB
    private PaymentSearch search;

    private PaymentTotals totals = new PaymentTotals(0, 0, BigDecimal.ZERO);

    @PostConstruct
    void init() {
        apply();
    }

    @Override
    protected PaymentField field(String property) {
        return FIELDS.get(property);
    }

    @Override
    protected void loadTotals() {
        totals = search.totals(form.paymentFilter());
    }

    @Override
    protected long totalCount() {
        return totals.count();
    }

    @Override
    protected List<PaymentRow> page(List<SortKey<PaymentField>> keys, int first, int size) {
        return search.page(form.paymentFilter(), keys, first, size);
    }

    @Override
    protected String rowKey(PaymentRow row) {
        return String.valueOf(row.paymentId());
    }

    public PaymentTotals getTotals() {
        return totals;
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public PaymentStatus[] getPaymentStatuses() {
        return PaymentStatus.values();
    }

    public com.market25.ordering.OrderStatus[] getStatuses() {
        return com.market25.ordering.OrderStatus.values();
    }

    public CancelFilter[] getCancelFilters() {
        return CancelFilter.values();
    }
}
