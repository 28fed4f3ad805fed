package com.market25.admin.campaign;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.campaign.CampaignDesk;
import com.market25.campaign.CampaignPlan;
import com.market25.campaign.CampaignStatus;
import com.market25.campaign.CampaignType;
import com.market25.campaign.CampaignView;
import com.market25.common.InvalidInputException;
import com.market25.member.ConsentChannel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.SortMeta;

/**
 * 캠페인 관리 (MKT-03): the campaigns paged by the database, a calendar of them by date, and a new
 * campaign's plan. The rules (dates, amounts, statuses) live in {@link CampaignDesk}.
 */
@Named
@ViewScoped
public class CampaignsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CampaignDesk desk;

    private CampaignStatus status;
    private String name;
    private final Campaigns campaigns = new Campaigns();
    private final Calendar calendar = new Calendar();

    // the new campaign's form
    private String newName;
    private CampaignType newType = CampaignType.PROMOTION;
    private LocalDate newStart = LocalDate.now();
    private LocalDate newEnd = LocalDate.now().plusDays(14);
    private Integer newWindow = 14;
    private BigDecimal newBudget;
    private BigDecimal newResidual;
    private BigDecimal newTargetRevenue;
    private List<ConsentChannel> newChannels = new ArrayList<>(List.of(ConsentChannel.EMAIL));
    private boolean newRecordedAfter;

    public String create() {
        try {
            CampaignView created = desk.create(new CampaignPlan(newName, newType, newStart, newEnd, newWindow, newBudget,
                    newResidual, newTargetRevenue, newChannels == null ? EnumSet.noneOf(ConsentChannel.class)
                    : newChannels.isEmpty() ? EnumSet.noneOf(ConsentChannel.class) : EnumSet.copyOf(newChannels), newRecordedAfter));
            return "/campaign-detail?faces-redirect=true&id=" + created.id();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "newForm");
            return null;
        }
    }

    public void search() {
        // the table reloads with the new filter
    }

    public CampaignType[] getTypes() {
        return CampaignType.values();
    }

    public CampaignStatus[] getStatuses() {
        return CampaignStatus.values();
    }

    public ConsentChannel[] getChannels() {
        return ConsentChannel.values();
    }

    public class Campaigns extends LazyDataModel<CampaignView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) desk.count(status, name);
        }

        @Override
        public List<CampaignView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            setRowCount((int) desk.count(status, name));
            return desk.page(status, name, first, pageSize);
        }

        @Override
        public String getRowKey(CampaignView campaign) {
            return Long.toString(campaign.id());
        }

        @Override
        public CampaignView getRowData(String rowKey) {
            return desk.find(Long.parseLong(rowKey)).orElse(null);
        }
    }

    /** The calendar asks for the weeks it shows; a campaign spans its days from start to end. */
    public class Calendar extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (CampaignView c : desk.between(start.toLocalDate(), end.toLocalDate())) {
                addEvent(DefaultScheduleEvent.builder()
                        .title(c.name() + " · " + Texts.ui("campaign.status." + c.status().name()))
                        .startDate(c.startDate().atStartOfDay())
                        .endDate(c.endDate().plusDays(1).atStartOfDay())
                        .allDay(true)
                        .url("campaign-detail.xhtml?id=" + c.id())
                        .styleClass("m25-cal-" + c.status().name().toLowerCase(java.util.Locale.ROOT))
                        .build());
            }
        }
    }

    public Campaigns getCampaigns() {
        return campaigns;
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public void setStatus(CampaignStatus status) {
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public CampaignType getNewType() {
        return newType;
    }

    public void setNewType(CampaignType newType) {
        this.newType = newType;
    }

    public LocalDate getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDate newStart) {
        this.newStart = newStart;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDate newEnd) {
        this.newEnd = newEnd;
    }

    public Integer getNewWindow() {
        return newWindow;
    }

    public void setNewWindow(Integer newWindow) {
        this.newWindow = newWindow;
    }

    public BigDecimal getNewBudget() {
        return newBudget;
    }

    public void setNewBudget(BigDecimal newBudget) {
        this.newBudget = newBudget;
    }

    public BigDecimal getNewResidual() {
        return newResidual;
    }

    public void setNewResidual(BigDecimal newResidual) {
        this.newResidual = newResidual;
    }

    public BigDecimal getNewTargetRevenue() {
        return newTargetRevenue;
    }

    public void setNewTargetRevenue(BigDecimal newTargetRevenue) {
        this.newTargetRevenue = newTargetRevenue;
    }

    public List<ConsentChannel> getNewChannels() {
        return newChannels;
    }

    public void setNewChannels(List<ConsentChannel> newChannels) {
        this.newChannels = newChannels;
    }

    public boolean isNewRecordedAfter() {
        return newRecordedAfter;
    }

    public void setNewRecordedAfter(boolean newRecordedAfter) {
        this.newRecordedAfter = newRecordedAfter;
    }
}
