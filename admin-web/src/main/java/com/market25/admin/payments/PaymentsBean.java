package com.market25.admin.payments;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.payment.OpenPayment;
import com.market25.payment.PaymentDesk;
import com.market25.payment.PaymentReconciliation;
import com.market25.payment.ReconciliationAction;
import com.market25.payment.ReconciliationEntry;
import com.market25.payment.ReconciliationSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 결제 대사 / 미확정 결제: payments whose outcome is still open (those past the reconciliation's
 * grace are stuck), what the reconciliation and the checkout's net cancels did, and a button that
 * runs the reconciliation at once in the staff member's name.
 */
@Named
@ViewScoped
public class PaymentsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 200;

    @EJB
    private PaymentDesk paymentDesk;

    @EJB
    private PaymentReconciliation reconciliation;

    @Inject
    private StaffSession staff;

    private List<OpenPayment> open = List.of();
    private List<ReconciliationEntry> decisions = List.of();
    private ReconciliationSummary lastRun;

    @PostConstruct
    void init() {
        load();
    }

    public void refresh() {
        load();
    }

    /** 지금 대사 실행. */
    public void runNow() {
        lastRun = reconciliation.run(staff.loginId());
        Texts.info(null, Texts.ui("payments.ran", lastRun.checked(), lastRun.count(ReconciliationAction.COMPLETED),
                lastRun.count(ReconciliationAction.CANCELLED), lastRun.count(ReconciliationAction.DECLINED),
                lastRun.count(ReconciliationAction.UNRESOLVED)));
        load();
    }

    private void load() {
        open = paymentDesk.openPayments(LIMIT);
        decisions = paymentDesk.reconciliationLog(LIMIT);
    }

    public boolean stuck(OpenPayment payment) {
        return payment.stuck(LocalDateTime.now(), PaymentReconciliation.grace());
    }

    public long graceMinutes() {
        return Math.max(1, PaymentReconciliation.grace().toMinutes());
    }

    /** How long the payment has been open, in minutes. */
    public long ageMinutes(OpenPayment payment) {
        return Duration.between(payment.requestedAt(), LocalDateTime.now()).toMinutes();
    }

    public List<OpenPayment> getOpen() {
        return open;
    }

    public List<ReconciliationEntry> getDecisions() {
        return decisions;
    }

    public ReconciliationSummary getLastRun() {
        return lastRun;
    }
}
