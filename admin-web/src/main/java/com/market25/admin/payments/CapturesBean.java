package com.market25.admin.payments;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.payment.CaptureBatch;
import com.market25.payment.CaptureBatchView;
import com.market25.payment.CaptureRow;
import com.market25.payment.CaptureStatus;
import jakarta.annotation.PostConstruct;
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
 * 매입 (PAY-03): the capture batches (night, catch-up, staff) with their counts, the results of
 * the chosen batch (or all) paged by the database, and 지금 매입 for 운영자 and 정산.
 */
@Named
@ViewScoped
public class CapturesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CaptureBatch batch;

    @Inject
    private StaffSession staff;

    private List<CaptureBatchView> batches = List.of();
    private Long batchId;
    private CaptureStatus status;
    private final Results results = new Results();

    @PostConstruct
    void init() {
        batches = batch.batches(30);
    }

    public void runNow() {
        CaptureBatchView done = batch.runNow(staff.loginId());
        Texts.info(null, Texts.ui("captures.ran", done.id(), done.captured(), done.failed()));
        batches = batch.batches(30);
        batchId = done.id();
    }

    public void show(CaptureBatchView b) {
        batchId = b.id();
    }

    public void showAll() {
        batchId = null;
    }

    public class Results extends LazyDataModel<CaptureRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) batch.countResults(batchId, status);
        }

        @Override
        public List<CaptureRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            setRowCount((int) batch.countResults(batchId, status));
            return batch.results(batchId, status, first, pageSize);
        }

        @Override
        public String getRowKey(CaptureRow row) {
            return Long.toString(row.paymentId());
        }
    }

    public Results getResults() {
        return results;
    }

    public List<CaptureBatchView> getBatches() {
        return batches;
    }

    public Long getBatchId() {
        return batchId;
    }

    public CaptureStatus getStatus() {
        return status;
    }

    public void setStatus(CaptureStatus status) {
        this.status = status;
    }

    public CaptureStatus[] getStatuses() {
        return CaptureStatus.values();
    }
}
