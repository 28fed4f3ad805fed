package com.market25.admin.campaign;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.campaign.CampaignDesk;
import com.market25.campaign.CampaignEventLine;
import com.market25.campaign.CampaignPlan;
import com.market25.campaign.CampaignRoi;
import com.market25.campaign.CampaignStatus;
import com.market25.campaign.CampaignView;
import com.market25.campaign.ExclusionReason;
import com.market25.campaign.Lift;
import com.market25.campaign.ResponseGroup;
import com.market25.campaign.TargetDrawRequest;
import com.market25.campaign.TargetGroup;
import com.market25.campaign.TargetList;
import com.market25.campaign.TargetSource;
import com.market25.campaign.TargetSummary;
import com.market25.common.InvalidInputException;
import com.market25.member.ConsentChannel;
import com.market25.rfm.RfmDesk;
import com.market25.rfm.SnapshotView;
import com.market25.segment.SegmentDesk;
import com.market25.segment.SegmentView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;

/**
 * One campaign (MKT-03, MKT-04, MKT-08): its plan (editable while a draft), the approval steps,
 * the target draw with its exclusions, what it earned and its log. A thin view over
 * {@link CampaignDesk}; the page is {@code campaign-detail.xhtml?id=…}.
 */
@Named
@ViewScoped
public class CampaignDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CampaignDesk desk;

    @EJB
    private SegmentDesk segments;

    @EJB
    private RfmDesk rfm;

    private Long id;
    private CampaignView campaign;
    private TargetSummary targets;
    private CampaignRoi roi;
    private List<CampaignEventLine> events = List.of();

    // plan form
    private String name;
    private com.market25.campaign.CampaignType type;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer window;
    private BigDecimal budget;
    private BigDecimal residual;
    private BigDecimal targetRevenue;
    private List<ConsentChannel> channels = new ArrayList<>();

    // draw form
    private Long segmentId;
    private Long snapshotId;
    private String cells;
    private Long respondersOf;
    private transient UploadedFile list;
    private BigDecimal controlRatio = new BigDecimal("0.2");
    private Long seed;
    private boolean stratified;

    private String note;

    public void load() {
        if (id == null) {
            campaign = null;
            return;
        }
        Optional<CampaignView> found = desk.find(id);
        campaign = found.orElse(null);
        if (campaign == null) {
            return;
        }
        name = campaign.name();
        type = campaign.type();
        startDate = campaign.startDate();
        endDate = campaign.endDate();
        window = campaign.responseWindowDays();
        budget = campaign.budget();
        residual = campaign.residualValue();
        targetRevenue = campaign.targetRevenue();
        channels = new ArrayList<>(campaign.channels());
        targets = desk.targets(id).orElse(null);
        roi = desk.roi(id);
        events = desk.events(id);
    }

    public void save() {
        try {
            desk.change(id, campaign.version(), new CampaignPlan(name, type, startDate, endDate, window, budget, residual,
                    targetRevenue, channels.isEmpty() ? EnumSet.noneOf(ConsentChannel.class) : EnumSet.copyOf(channels),
                    campaign.recordedAfter()));
            Texts.info(null, Texts.ui("campaign.saved"));
            load();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "planForm");
        }
    }

    public void draw() {
        List<TargetSource> sources = new ArrayList<>();
        try {
            if (segmentId != null) {
                sources.add(new TargetSource.Segment(segmentId));
            }
            if (snapshotId != null) {
                sources.add(new TargetSource.RfmCells(snapshotId, cellList()));
            }
            if (respondersOf != null) {
                sources.add(new TargetSource.Responders(respondersOf));
            }
            if (list != null && list.getSize() > 0) {
                sources.add(TargetList.parse(new String(list.getContent(), StandardCharsets.UTF_8)));
            }
            targets = desk.drawTargets(id, new TargetDrawRequest(sources, controlRatio, seed, stratified));
            Texts.info(null, Texts.ui("campaign.drawn", targets.treatment(), targets.control(), targets.excludedTotal()));
            load();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "drawForm");
        }
    }

    private List<Integer> cellList() {
        List<Integer> list = new ArrayList<>();
        for (String part : (cells == null ? "" : cells).split("[,\\s]+")) {
            if (!part.isBlank()) {
                try {
                    list.add(Integer.valueOf(part.trim()));
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of("cells", "error.campaign.cells");
                }
            }
        }
        return list;
    }

    public void requestApproval() {
        step(() -> desk.requestApproval(id, note));
    }

    public void approve() {
        step(() -> desk.approve(id, note));
    }

    public void reject() {
        step(() -> desk.reject(id, note));
    }

    public void start() {
        step(() -> desk.start(id));
    }

    public void recordAsRun() {
        step(() -> desk.recordAsRun(id));
    }

    public void close() {
        step(() -> desk.close(id));
    }

    private void step(java.util.function.Supplier<CampaignView> action) {
        try {
            CampaignView after = action.get();
            Texts.info(null, Texts.ui("campaign.moved", Texts.ui("campaign.status." + after.status().name())));
            note = null;
            load();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "stepForm");
        }
    }

    public boolean isEditable() {
        return campaign != null && campaign.status().editable();
    }

    public List<SegmentView> getSegmentList() {
        return segments.list();
    }

    public List<SnapshotView> getSnapshotList() {
        return rfm.snapshots();
    }

    public List<CampaignView> getOtherCampaigns() {
        return desk.page(null, null, 0, 200).stream().filter(c -> c.id() != id).toList();
    }

    public List<Map.Entry<ExclusionReason, Long>> getExclusions() {
        return targets == null ? List.of() : new ArrayList<>(targets.excluded().entrySet());
    }

    public Optional<Lift.Estimate> getLift() {
        return roi == null ? Optional.empty() : roi.lift();
    }

    public boolean isLiftKnown() {
        return getLift().isPresent();
    }

    public long customers(String group) {
        return roi == null ? 0 : roi.customers(TargetGroup.valueOf(group));
    }

    public long responders(String group) {
        return roi == null ? 0 : roi.responders(TargetGroup.valueOf(group));
    }

    public String rate(String group) {
        return roi == null ? "" : String.format("%.2f%%", roi.responseRate(TargetGroup.valueOf(group)) * 100);
    }

    public BigDecimal perCustomer(String group) {
        return roi == null ? BigDecimal.ZERO : roi.revenuePerCustomer(TargetGroup.valueOf(group));
    }

    public BigDecimal revenue(String group) {
        return roi == null ? BigDecimal.ZERO : roi.revenue(TargetGroup.valueOf(group));
    }

    public List<ResponseGroup> getBeforeAfter() {
        return roi == null ? List.of() : roi.groups();
    }

    /** Revenue per customer by group, before the campaign and in its response period (chart.js). */
    public String getRevenueChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        JsonArrayBuilder after = Json.createArrayBuilder();
        for (ResponseGroup g : getBeforeAfter()) {
            labels.add(Texts.ui("campaign.group." + g.group().name()) + " · "
                    + Texts.ui(g.responded() ? "campaign.responded" : "campaign.notResponded"));
            long n = Math.max(1, g.customers());
            before.add(g.revenueBefore().divide(BigDecimal.valueOf(n), 0, java.math.RoundingMode.HALF_UP));
            after.add(g.revenueAfter().divide(BigDecimal.valueOf(n), 0, java.math.RoundingMode.HALF_UP));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", Texts.ui("campaign.before")).add("data", before)
                                        .add("backgroundColor", "#9ec5ee"))
                                .add(Json.createObjectBuilder().add("label", Texts.ui("campaign.after")).add("data", after)
                                        .add("backgroundColor", "#1f3a5f"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", Texts.ui("campaign.chart.beforeAfter")))))
                .build().toString();
    }

    public String percent(Optional<BigDecimal> share) {
        return share.map(s -> s.multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP) + "%").orElse("—");
    }

    public CampaignStatus[] getStatuses() {
        return CampaignStatus.values();
    }

    // ---------------------------------------------------------------- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public TargetSummary getTargets() {
        return targets;
    }

    public CampaignRoi getRoi() {
        return roi;
    }

    public List<CampaignEventLine> getEvents() {
        return events;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public com.market25.campaign.CampaignType getType() {
        return type;
    }

    public void setType(com.market25.campaign.CampaignType type) {
        this.type = type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getWindow() {
        return window;
    }

    public void setWindow(Integer window) {
        this.window = window;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public BigDecimal getResidual() {
        return residual;
    }

    public void setResidual(BigDecimal residual) {
        this.residual = residual;
    }

    public BigDecimal getTargetRevenue() {
        return targetRevenue;
    }

    public void setTargetRevenue(BigDecimal targetRevenue) {
        this.targetRevenue = targetRevenue;
    }

    public List<ConsentChannel> getChannels() {
        return channels;
    }

    public void setChannels(List<ConsentChannel> channels) {
        this.channels = channels;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(Long segmentId) {
        this.segmentId = segmentId;
    }

    public Long getSnapshotId() {
        return snapshotId;
    }

    public void setSnapshotId(Long snapshotId) {
        this.snapshotId = snapshotId;
    }

    public String getCells() {
        return cells;
    }

    public void setCells(String cells) {
        this.cells = cells;
    }

    public Long getRespondersOf() {
        return respondersOf;
    }

    public void setRespondersOf(Long respondersOf) {
        this.respondersOf = respondersOf;
    }

    public UploadedFile getList() {
        return list;
    }

    public void setList(UploadedFile list) {
        this.list = list;
    }

    public BigDecimal getControlRatio() {
        return controlRatio;
    }

    public void setControlRatio(BigDecimal controlRatio) {
        this.controlRatio = controlRatio;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public boolean isStratified() {
        return stratified;
    }

    public void setStratified(boolean stratified) {
        this.stratified = stratified;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
