package com.market25.admin.rfm;

import com.market25.admin.i18n.Texts;
import com.market25.common.InvalidInputException;
import com.market25.rfm.CellCount;
import com.market25.rfm.GradeBand;
import com.market25.rfm.MigrationFlow;
import com.market25.rfm.RfmDesk;
import com.market25.rfm.RfmWeights;
import com.market25.rfm.SnapshotView;
import com.market25.segment.SegmentDesk;
import com.market25.segment.SegmentView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * RFM 분석 (MKT-01): snapshots, the 5×5×5 cross-tab with charts, a click on a cell saving its
 * customers as a segment, the migration matrix between two snapshots (RFM Quick Scan), weights
 * and grade bands. Everything is computed by {@link RfmDesk}; this bean only arranges it.
 */
@Named
@ViewScoped
public class RfmBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One R×F square of the grid: the cells of all five M scores, or of the M filter. */
    public record GridCell(int r, int f, long customers, BigDecimal revenue, BigDecimal share) {
    }

    public record GridRow(int r, List<GridCell> cells) {
    }

    /** A grade band as the table edits it. */
    public static class GradeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String nameKo;
        private String nameEn;
        private int minScore;

        GradeRow(GradeBand band) {
            code = band.code();
            nameKo = band.nameKo();
            nameEn = band.nameEn();
            minScore = band.minScore();
        }

        GradeBand band() {
            return new GradeBand(code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT), nameKo, nameEn, minScore);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getNameKo() {
            return nameKo;
        }

        public void setNameKo(String nameKo) {
            this.nameKo = nameKo;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public int getMinScore() {
            return minScore;
        }

        public void setMinScore(int minScore) {
            this.minScore = minScore;
        }
    }

    /** One line of the migration matrix: the from-class and its count per to-class. */
    public record MatrixRow(String label, List<Long> counts, long total) {
    }

    @EJB
    private RfmDesk rfm;

    @EJB
    private SegmentDesk segments;

    private LocalDate referenceDate = LocalDate.now();
    private Long segmentId;
    private List<SnapshotView> snapshots = List.of();
    private List<SegmentView> segmentChoices = List.of();
    private SnapshotView selected;
    private List<CellCount> cells = List.of();
    private int mFilter;
    private List<GridRow> grid = List.of();
    private long total;

    private Long fromId;
    private Long toId;
    private String dimension = "R";
    private List<String> matrixColumns = List.of();
    private List<MatrixRow> matrix = List.of();

    private int weightR;
    private int weightF;
    private int weightM;
    private List<GradeBand> grades = new ArrayList<>();
    private List<GradeRow> gradeRows = new ArrayList<>();

    @PostConstruct
    void init() {
        refresh();
        RfmWeights w = rfm.weights();
        weightR = w.r();
        weightF = w.f();
        weightM = w.m();
        loadGrades();
        if (!snapshots.isEmpty()) {
            select(snapshots.get(0));
        }
    }

    private void refresh() {
        snapshots = rfm.snapshots();
        segmentChoices = segments.list();
    }

    public void take() {
        try {
            SnapshotView taken = rfm.takeSnapshot(referenceDate, segmentId);
            Texts.info(null, Texts.ui("rfm.taken", taken.id(), taken.customers(), taken.durationMs()));
            refresh();
            select(taken);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(null, Texts.domain(key)));
        }
    }

    public void select(SnapshotView snapshot) {
        selected = snapshot;
        cells = snapshot == null ? List.of() : rfm.cells(snapshot.id());
        total = cells.stream().mapToLong(CellCount::customers).sum();
        buildGrid();
    }

    public void onMFilter() {
        buildGrid();
    }

    private void buildGrid() {
        List<GridRow> rows = new ArrayList<>();
        for (int r = 5; r >= 1; r--) {
            List<GridCell> row = new ArrayList<>();
            for (int f = 1; f <= 5; f++) {
                long customers = 0;
                BigDecimal revenue = BigDecimal.ZERO;
                for (CellCount c : cells) {
                    if (c.r() == r && c.f() == f && (mFilter == 0 || c.m() == mFilter)) {
                        customers += c.customers();
                        revenue = revenue.add(c.monetary());
                    }
                }
                row.add(new GridCell(r, f, customers, revenue, share(customers)));
            }
            rows.add(new GridRow(r, row));
        }
        grid = rows;
    }

    private BigDecimal share(long customers) {
        return total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(customers * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** A click on a square: its customers (all five M, or the chosen M) become a saved segment. */
    public void segmentOf(int r, int f) {
        if (selected == null) {
            return;
        }
        List<Integer> chosen = mFilter == 0
                ? IntStream.rangeClosed(1, 5).map(m -> r * 100 + f * 10 + m).boxed().toList()
                : List.of(r * 100 + f * 10 + mFilter);
        try {
            SegmentView saved = rfm.segmentOfCells(selected.id(), chosen, null);
            Texts.info(null, Texts.ui("rfm.segmentSaved", saved.name(), saved.memberCount(), saved.id()));
            segmentChoices = segments.list();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(null, Texts.domain(key)));
        }
    }

    /** Chart.js configuration: customers per R, F and M score. */
    public String getScoreChart() {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("R", CellCount::r, "#1f3a5f"))
                .add(dataset("F", CellCount::f, "#3d8bd9"))
                .add(dataset("M", CellCount::m, "#9ec5ee"));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder(List.of("1", "2", "3", "4", "5")))
                        .add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", Texts.ui("rfm.chart.scores")))))
                .build().toString();
    }

    private jakarta.json.JsonObjectBuilder dataset(String label, ToIntFunction<CellCount> score, String color) {
        long[] counts = new long[5];
        cells.forEach(c -> counts[score.applyAsInt(c) - 1] += c.customers());
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (long n : counts) {
            data.add(n);
        }
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", color);
    }

    /** Chart.js configuration: revenue share of each grade. */
    public String getGradeChart() {
        Map<String, BigDecimal> byGrade = new LinkedHashMap<>();
        grades.forEach(g -> byGrade.put(g.code(), BigDecimal.ZERO));
        cells.forEach(c -> byGrade.merge(c.grade(), c.monetary(), BigDecimal::add));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        byGrade.forEach((code, revenue) -> {
            labels.add(gradeName(code));
            data.add(revenue);
        });
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", data)
                                .add("backgroundColor", Json.createArrayBuilder(
                                        List.of("#1f3a5f", "#3d8bd9", "#9ec5ee", "#d0d7de", "#f0b429", "#e4572e"))))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", Texts.ui("rfm.chart.grades")))))
                .build().toString();
    }

    public String gradeName(String code) {
        String language = Texts.current().getLanguage();
        return grades.stream().filter(g -> g.code().equals(code)).findFirst().map(g -> g.name(language)).orElse(code);
    }

    /** Customers per grade in the selected snapshot, for the table under the charts. */
    public List<Map.Entry<String, Long>> getGradeCounts() {
        Map<String, Long> byGrade = new LinkedHashMap<>();
        grades.forEach(g -> byGrade.put(g.code(), 0L));
        cells.forEach(c -> byGrade.merge(c.grade(), c.customers(), Long::sum));
        return new ArrayList<>(byGrade.entrySet());
    }

    public void compare() {
        if (fromId == null || toId == null) {
            Texts.error(null, Texts.ui("rfm.migration.pick"));
            return;
        }
        List<MigrationFlow> flows;
        List<CellCount> fromCells;
        List<CellCount> toCells;
        try {
            flows = rfm.migration(fromId, toId);
            fromCells = rfm.cells(fromId);
            toCells = rfm.cells(toId);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(null, Texts.domain(key)));
            return;
        }
        // classes of the chosen dimension: the score 5..1 (or the grades), then "not scored"
        List<String> classes = new ArrayList<>();
        if ("G".equals(dimension)) {
            grades.forEach(g -> classes.add(g.code()));
        } else {
            for (int s = 5; s >= 1; s--) {
                classes.add(String.valueOf(s));
            }
        }
        classes.add("-");
        Map<Integer, String> fromClass = classOf(fromCells);
        Map<Integer, String> toClass = classOf(toCells);
        long[][] counts = new long[classes.size()][classes.size()];
        for (MigrationFlow flow : flows) {
            int i = classes.indexOf(flow.fromCell() == 0 ? "-" : fromClass.get(flow.fromCell()));
            int j = classes.indexOf(flow.toCell() == 0 ? "-" : toClass.get(flow.toCell()));
            counts[Math.max(i, 0)][Math.max(j, 0)] += flow.customers();
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            List<Long> line = new ArrayList<>();
            long sum = 0;
            for (int j = 0; j < classes.size(); j++) {
                line.add(counts[i][j]);
                sum += counts[i][j];
            }
            rows.add(new MatrixRow(classLabel(classes.get(i)), line, sum));
        }
        matrixColumns = classes.stream().map(this::classLabel).toList();
        matrix = rows;
    }

    private Map<Integer, String> classOf(List<CellCount> snapshotCells) {
        Map<Integer, String> classes = new LinkedHashMap<>();
        for (CellCount c : snapshotCells) {
            classes.put(c.cell(), switch (dimension) {
                case "F" -> String.valueOf(c.f());
                case "M" -> String.valueOf(c.m());
                case "G" -> c.grade();
                default -> String.valueOf(c.r());
            });
        }
        return classes;
    }

    private String classLabel(String c) {
        if ("-".equals(c)) {
            return Texts.ui("rfm.migration.none");
        }
        return "G".equals(dimension) ? gradeName(c) : dimension + c;
    }

    public void saveWeights() {
        try {
            rfm.changeWeights(new RfmWeights(weightR, weightF, weightM));
            Texts.info(null, Texts.ui("rfm.weights.saved"));
        } catch (IllegalArgumentException e) {
            Texts.error(null, Texts.domain("error.rfm.weights"));
        }
    }

    private void loadGrades() {
        grades = new ArrayList<>(rfm.grades());
        gradeRows = new ArrayList<>(grades.stream().map(GradeRow::new).toList());
    }

    public void addGrade() {
        gradeRows.add(new GradeRow(new GradeBand("NEW", "새 등급", "New grade", 300)));
    }

    public void removeGrade(GradeRow row) {
        gradeRows.remove(row);
    }

    public void saveGrades() {
        try {
            rfm.changeGrades(gradeRows.stream().map(GradeRow::band).toList());
            loadGrades();
            Texts.info(null, Texts.ui("rfm.grades.saved"));
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(null, Texts.domain(key)));
        }
    }

    public StreamedContent download(String format) {
        if (selected == null) {
            return null;
        }
        long id = selected.id();
        boolean excel = "xlsx".equals(format);
        return DefaultStreamedContent.builder()
                .name("rfm-" + id + (excel ? ".xlsx" : ".csv"))
                .contentType(excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        if (excel) {
                            SnapshotExport.xlsx(rfm, id, out);
                        } else {
                            SnapshotExport.csv(rfm, id, out);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(Long segmentId) {
        this.segmentId = segmentId;
    }

    public List<SnapshotView> getSnapshots() {
        return snapshots;
    }

    public List<SegmentView> getSegmentChoices() {
        return segmentChoices;
    }

    public SnapshotView getSelected() {
        return selected;
    }

    public void setSelected(SnapshotView selected) {
        select(selected);
    }

    public int getMFilter() {
        return mFilter;
    }

    public void setMFilter(int mFilter) {
        this.mFilter = mFilter;
    }

    public List<GridRow> getGrid() {
        return grid;
    }

    public long getTotal() {
        return total;
    }

    public Long getFromId() {
        return fromId;
    }

    public void setFromId(Long fromId) {
        this.fromId = fromId;
    }

    public Long getToId() {
        return toId;
    }

    public void setToId(Long toId) {
        this.toId = toId;
    }

    public String getDimension() {
        return dimension;
    }

    public void setDimension(String dimension) {
        this.dimension = dimension;
    }

    public List<String> getMatrixColumns() {
        return matrixColumns;
    }

    public List<MatrixRow> getMatrix() {
        return matrix;
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

    public List<GradeRow> getGradeRows() {
        return gradeRows;
    }
}
