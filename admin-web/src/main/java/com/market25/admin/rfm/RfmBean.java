package com.market25.admin.rfm;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.rfm.CellStat;
import com.market25.rfm.RfmSnapshots;
import com.market25.rfm.RfmWeights;
import com.market25.rfm.SnapshotSummary;
import com.market25.segment.SegmentView;
import com.market25.segment.Segments;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * RFM 분석 (MKT-01): take a snapshot, see its 5×5 R×F grid (customers over all M) and its 125
 * cells, and make a saved segment of any cell, row or column with one click.
 */
@Named
@ViewScoped
public class RfmBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RfmSnapshots rfm;

    @EJB
    private Segments segments;

    @Inject
    private StaffSession staff;

    private LocalDate referenceDate;
    private int weightR = RfmWeights.DEFAULT.r();
    private int weightF = RfmWeights.DEFAULT.f();
    private int weightM = RfmWeights.DEFAULT.m();
    private SnapshotSummary selected;
    private List<CellStat> cells = List.of();
    private SegmentView lastSegment;
    private final LazyDataModel<SnapshotSummary> snapshots = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return rfm.snapshotCount();
        }

        @Override
        public List<SnapshotSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return rfm.snapshots(first, pageSize);
        }

        @Override
        public String getRowKey(SnapshotSummary s) {
            return Long.toString(s.id());
        }

        @Override
        public SnapshotSummary getRowData(String key) {
            return rfm.snapshot(Long.parseLong(key)).orElse(null);
        }
    };

    @PostConstruct
    void init() {
        referenceDate = LocalDate.now();
        rfm.snapshots(0, 1).stream().findFirst().ifPresent(this::show);
    }

    public void take() {
        try {
            SnapshotSummary taken = rfm.take(referenceDate, null, new RfmWeights(weightR, weightF, weightM),
                    staff.loginId());
            show(taken);
            Texts.info(null, Texts.ui("rfm.taken", taken.customers(), taken.durationMs()));
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Texts.error(null, Texts.domain(key)));
        }
    }

    public void show(SnapshotSummary snapshot) {
        selected = snapshot;
        cells = snapshot == null ? List.of() : rfm.crossTab(snapshot.id());
        lastSegment = null;
    }

    /** A saved segment of the customers with these scores (0: any), named after the cell. */
    public void segmentOf(int r, int f, int m) {
        if (selected == null) {
            return;
        }
        String cell = (r == 0 ? "*" : "" + r) + (f == 0 ? "*" : "" + f) + (m == 0 ? "*" : "" + m);
        lastSegment = segments.fromRfmCell(Texts.ui("rfm.segmentName", selected.referenceDate(), cell), selected.id(),
                r, f, m, staff.loginId());
        Texts.info(null, Texts.ui("rfm.segmentMade", lastSegment.name(), lastSegment.customers()));
    }

    /** Customers with R = r and F = f, over every M (the grid's cell). */
    public int customers(int r, int f) {
        return cells.stream().filter(c -> c.r() == r && c.f() == f).mapToInt(CellStat::customers).sum();
    }

    public BigDecimal revenue(int r, int f) {
        return cells.stream().filter(c -> c.r() == r && c.f() == f).map(CellStat::revenue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String share(int r, int f) {
        int total = selected == null ? 0 : selected.customers();
        return total == 0 ? "0.0" : String.format("%.1f", 100.0 * customers(r, f) / total);
    }

    public List<Integer> getScores() {
        return List.of(5, 4, 3, 2, 1);
    }

    public LazyDataModel<SnapshotSummary> getSnapshots() {
        return snapshots;
    }

    public SnapshotSummary getSelected() {
        return selected;
    }

    public void setSelected(SnapshotSummary selected) {
        show(selected);
    }

    public List<CellStat> getCells() {
        return cells;
    }

    public SegmentView getLastSegment() {
        return lastSegment;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public int getWeightR() {
        return weightR;
    }

    public void setWeightR(int weightR) {
        this.weightR = weightR;
    }

    public int getWeightF() {
        return weightF;
    }

    public void setWeightF(int weightF) {
        this.weightF = weightF;
    }

    public int getWeightM() {
        return weightM;
    }

    public void setWeightM(int weightM) {
        this.weightM = weightM;
    }
}
