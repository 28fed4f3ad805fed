package com.market25.admin.aftersales;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.aftersales.AfterSalesDesk;
import com.market25.aftersales.ClaimKind;
import com.market25.aftersales.ClaimQuery;
import com.market25.aftersales.ClaimReason;
import com.market25.aftersales.ClaimRow;
import com.market25.aftersales.ClaimStatus;
import com.market25.aftersales.ClaimView;
import com.market25.aftersales.OrderAfterSales;
import com.market25.common.InvalidInputException;
import com.market25.ordering.FormKey;
import com.market25.payment.BankAccount;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * 교환/반품/취소 관리 (ORD-01): the claims list paged and sorted by the database, one claim with
 * its order's items, item history and refund, and the steps staff take (승인, 거절, 입고, 환불,
 * 지급 완료, 교환 발송, 재시도); and a staff cancel of items before shipment by slip number.
 */
@Named
@ViewScoped
public class AfterSalesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AfterSalesDesk desk;

    @Inject
    private StaffSession staff;

    private ClaimKind kind;
    private ClaimStatus status;
    private boolean openOnly = true;
    private String slipFilter;
    private ClaimQuery query = new ClaimQuery(null, null, true, null, null, false);
    private final Claims claims = new Claims();

    private ClaimView selected;
    private OrderAfterSales order;
    private String note;
    private String bank;
    private String accountNumber;
    private String holder;

    private String cancelSlip;
    private OrderAfterSales cancelOrder;
    private List<String> cancelLines = new ArrayList<>();
    private ClaimReason cancelReason = ClaimReason.OTHER;
    private String cancelText;
    private String cancelKey = FormKey.newKey();
    // the refund account of a paid 무통장입금 order (ignored when the money goes back to a card)
    private String cancelBank;
    private String cancelAccountNumber;
    private String cancelHolder;

    public void search() {
        query = new ClaimQuery(kind, status, openOnly, slipFilter, null, false);
    }

    public void select(long claimId) {
        selected = desk.claim(claimId);
        order = desk.order(selected.slipNo()).orElse(null);
        note = null;
    }

    public void accept() {
        step(() -> desk.accept(selected.id(), staff.loginId()));
    }

    public void reject() {
        step(() -> desk.reject(selected.id(), note, staff.loginId()));
    }

    public void receive() {
        step(() -> desk.receive(selected.id(), staff.loginId()));
    }

    public void refund() {
        step(() -> desk.refund(selected.id(), BankAccount.of(bank, accountNumber, holder), staff.loginId()));
    }

    public void retry() {
        step(() -> desk.retryRefund(selected.id()));
    }

    public void paidOut() {
        step(() -> desk.paidOut(selected.id(), staff.loginId()));
    }

    public void reship() {
        step(() -> desk.reship(selected.id(), staff.loginId()));
    }

    private void step(Supplier<ClaimView> action) {
        if (selected == null) {
            return;
        }
        try {
            ClaimView now = action.get();
            Texts.info(null, Texts.ui("afterSales.done", now.id(), Texts.domain(now.status().labelKey())));
        } catch (InvalidInputException e) {
            errors(e);
        }
        select(selected.id());
    }

    /** Finds the order to cancel items of. */
    public void loadCancel() {
        cancelOrder = cancelSlip == null ? null : desk.order(cancelSlip.trim()).orElse(null);
        cancelLines = new ArrayList<>();
        if (cancelOrder == null) {
            Texts.error(null, Texts.domain("error.orderUnknown"));
        }
    }

    public void cancelItems() {
        if (cancelOrder == null) {
            return;
        }
        TreeSet<Integer> lines = new TreeSet<>();
        // the checkboxes' values are the items' int line numbers: JSF fills this list with Integers
        // through its erased type, so each is read as whatever it is
        for (Object line : cancelLines) {
            lines.add(Integer.valueOf(String.valueOf(line)));
        }
        try {
            ClaimView claim = desk.cancelByStaff(cancelOrder.slipNo(), lines, cancelReason, cancelText,
                    BankAccount.of(cancelBank, cancelAccountNumber, cancelHolder), cancelKey, staff.loginId());
            Texts.info(null, Texts.ui("afterSales.done", claim.id(), Texts.domain(claim.status().labelKey())));
            cancelKey = FormKey.newKey();
            cancelText = null;
            cancelBank = null;
            cancelAccountNumber = null;
            cancelHolder = null;
        } catch (InvalidInputException e) {
            errors(e);
        }
        cancelOrder = desk.order(cancelOrder.slipNo()).orElse(null);
        cancelLines = new ArrayList<>();
    }

    private static void errors(InvalidInputException e) {
        e.fieldErrors().forEach((field, key) -> Texts.error(null, Texts.domain(key, e.arguments(field))));
    }

    public boolean may(String step) {
        if (selected == null) {
            return false;
        }
        ClaimStatus s = selected.status();
        return switch (step) {
            case "accept", "reject" -> s == ClaimStatus.REQUESTED && selected.kind() != ClaimKind.CANCEL;
            case "receive" -> s == ClaimStatus.ACCEPTED;
            case "refund" -> s == ClaimStatus.RECEIVED && selected.kind() == ClaimKind.RETURN;
            case "reship" -> s == ClaimStatus.RECEIVED && selected.kind() == ClaimKind.EXCHANGE;
            case "paidOut" -> s == ClaimStatus.PAYOUT_PENDING;
            case "retry" -> s == ClaimStatus.REFUNDING;
            default -> false;
        };
    }

    public class Claims extends LazyDataModel<ClaimRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) desk.countClaims(query);
        }

        @Override
        public List<ClaimRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            ClaimQuery sorted = query;
            if (sortBy != null && !sortBy.isEmpty()) {
                SortMeta s = sortBy.values().iterator().next();
                sorted = new ClaimQuery(query.kind(), query.status(), query.openOnly(), query.slipNo(), s.getField(),
                        s.getOrder() == SortOrder.ASCENDING);
            }
            setRowCount((int) desk.countClaims(query));
            return desk.claims(sorted, first, pageSize);
        }

        @Override
        public String getRowKey(ClaimRow row) {
            return Long.toString(row.id());
        }

        @Override
        public ClaimRow getRowData(String rowKey) {
            return null;
        }
    }

    public Claims getClaims() {
        return claims;
    }

    public ClaimKind[] getKinds() {
        return ClaimKind.values();
    }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

    public ClaimReason[] getReasons() {
        return ClaimReason.values();
    }

    public ClaimKind getKind() {
        return kind;
    }

    public void setKind(ClaimKind kind) {
        this.kind = kind;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public String getSlipFilter() {
        return slipFilter;
    }

    public void setSlipFilter(String slipFilter) {
        this.slipFilter = slipFilter;
    }

    public ClaimView getSelected() {
        return selected;
    }

    public OrderAfterSales getOrder() {
        return order;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public String getCancelBank() {
        return cancelBank;
    }

    public void setCancelBank(String cancelBank) {
        this.cancelBank = cancelBank;
    }

    public String getCancelAccountNumber() {
        return cancelAccountNumber;
    }

    public void setCancelAccountNumber(String cancelAccountNumber) {
        this.cancelAccountNumber = cancelAccountNumber;
    }

    public String getCancelHolder() {
        return cancelHolder;
    }

    public void setCancelHolder(String cancelHolder) {
        this.cancelHolder = cancelHolder;
    }

    public String getCancelSlip() {
        return cancelSlip;
    }

    public void setCancelSlip(String cancelSlip) {
        this.cancelSlip = cancelSlip;
    }

    public OrderAfterSales getCancelOrder() {
        return cancelOrder;
    }

    public List<String> getCancelLines() {
        return cancelLines;
    }

    public void setCancelLines(List<String> cancelLines) {
        this.cancelLines = cancelLines;
    }

    public ClaimReason getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(ClaimReason cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getCancelText() {
        return cancelText;
    }

    public void setCancelText(String cancelText) {
        this.cancelText = cancelText;
    }
}
