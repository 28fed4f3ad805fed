package com.market25.admin.payments;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.payment.DemoBankDesk;
import com.market25.payment.DepositDesk;
import com.market25.payment.DepositResolution;
import com.market25.payment.DepositRow;
import com.market25.payment.DepositStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 입금 통보 (PAY-03): the dead letters (replay or resolve), the review list (입금 확인 필요:
 * mark paid, refund note, ignore) and the whole notification log, each paged on the server; in
 * demo mode also the simulated bank.
 */
@Named
@ViewScoped
public class DepositsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DepositDesk desk;

    @EJB
    private DemoBankDesk demoBank;

    @Inject
    private StaffSession staff;

    private final Page dead = new Page(DepositStatus.DEAD);
    private final Page review = new Page(DepositStatus.REVIEW);
    private final Page log = new Page(null);

    private Long selectedId;
    private DepositResolution resolution;
    private String note;

    private String demoSlipNo;
    private DemoBankDesk.Kind demoKind = DemoBankDesk.Kind.EXACT;

    /** One list of notifications, a page at a time from the database. */
    public class Page extends LazyDataModel<DepositRow> {

        private static final long serialVersionUID = 1L;
        private final DepositStatus status;

        Page(DepositStatus status) {
            this.status = status;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) desk.count(status);
        }

        @Override
        public List<DepositRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            setRowCount((int) desk.count(status));
            return desk.page(status, first, pageSize);
        }

        @Override
        public String getRowKey(DepositRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public DepositRow getRowData(String rowKey) {
            return null;
        }
    }

    /** 재처리: a dead letter goes on the queue again. */
    public void replay(long id) {
        if (desk.replay(id, staff.loginId())) {
            Texts.info(null, Texts.ui("deposits.replayed"));
        } else {
            Texts.error(null, Texts.domain("error.depositDecided"));
        }
    }

    public void select(long id) {
        selectedId = id;
        resolution = null;
        note = null;
    }

    /** 처리: the chosen resolution of the selected notification, with who and when. */
    public void resolve() {
        if (selectedId == null) {
            return;
        }
        try {
            desk.resolve(selectedId, resolution, note, staff.loginId());
            Texts.info(null, Texts.ui("deposits.resolved"));
            selectedId = null;
            note = null;
            resolution = null;
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Texts.error(null, Texts.domain(key)));
        }
    }

    /** 모의 입금 통보 (demo mode only). */
    public void sendDemo() {
        try {
            var receipt = demoBank.send(demoSlipNo, demoKind, staff.loginId());
            Texts.info(null, Texts.ui("deposits.demo.sent", receipt.name()));
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Texts.error(null, Texts.domain(key)));
        }
    }

    public boolean isDemo() {
        return demoBank.available();
    }

    public boolean mayDecide() {
        return staff.may("ADMIN") || staff.may("ORDERS") || staff.may("SETTLEMENT");
    }

    public DepositResolution[] getResolutions() {
        return DepositResolution.values();
    }

    public DemoBankDesk.Kind[] getDemoKinds() {
        return DemoBankDesk.Kind.values();
    }

    public Page getDead() {
        return dead;
    }

    public Page getReview() {
        return review;
    }

    public Page getLog() {
        return log;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public DepositResolution getResolution() {
        return resolution;
    }

    public void setResolution(DepositResolution resolution) {
        this.resolution = resolution;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getDemoSlipNo() {
        return demoSlipNo;
    }

    public void setDemoSlipNo(String demoSlipNo) {
        this.demoSlipNo = demoSlipNo;
    }

    public DemoBankDesk.Kind getDemoKind() {
        return demoKind;
    }

    public void setDemoKind(DemoBankDesk.Kind demoKind) {
        this.demoKind = demoKind;
    }
}
