package com.market25.admin.campaign;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.campaign.AudienceMember;
import com.market25.campaign.CampaignPlanner;
import com.market25.campaign.CampaignProgress;
import com.market25.campaign.ContactLine;
import com.market25.common.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 이메일 캠페인 (MKT-05): choose consenting members, write, send, watch the dispatch. */
@Named
@ViewScoped
public class CampaignBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form fields of the boundary's field errors, by the component ids of campaign.xhtml. */
    private static final Map<String, String> FIELDS = Map.of(
            "subject", "campaignForm:subject",
            "body", "campaignForm:body",
            "audience", "campaignForm:audienceTable");

    @EJB
    private CampaignPlanner planner;

    @Inject
    private StaffSession staff;

    private List<AudienceMember> audience = List.of();
    private List<AudienceMember> selected = new ArrayList<>();
    private String subject;
    private String body;
    private List<CampaignProgress> campaigns = List.of();

    private AudienceMember historyOf;
    private List<ContactLine> history = List.of();

    @PostConstruct
    void init() {
        audience = planner.emailAudience();
        refresh();
    }

    public void send() {
        List<Long> ids = selected == null ? List.of() : selected.stream().map(AudienceMember::id).toList();
        try {
            long id = planner.sendEmail(subject, body, ids, staff.loginId());
            Texts.info(null, Texts.ui("campaign.queued", id, ids.size()));
            subject = null;
            body = null;
            selected = new ArrayList<>();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> Texts.error(FIELDS.get(field), Texts.domain(key)));
        }
        refresh();
    }

    /** Called by the poll every 2 s while the page is open. */
    public void refresh() {
        campaigns = planner.campaigns();
    }

    public boolean isAnyRunning() {
        return campaigns.stream().anyMatch(c -> !c.done());
    }

    public void showHistory(AudienceMember member) {
        historyOf = member;
        history = planner.contactHistory(member.id());
    }

    public List<AudienceMember> getAudience() {
        return audience;
    }

    public List<AudienceMember> getSelected() {
        return selected;
    }

    public void setSelected(List<AudienceMember> selected) {
        this.selected = selected;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<CampaignProgress> getCampaigns() {
        return campaigns;
    }

    public AudienceMember getHistoryOf() {
        return historyOf;
    }

    public List<ContactLine> getHistory() {
        return history;
    }
}
