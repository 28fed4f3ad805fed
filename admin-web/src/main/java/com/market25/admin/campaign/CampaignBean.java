package com.market25.admin.campaign;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.campaign.AudienceMember;
import com.market25.campaign.CampaignPlanner;
import com.market25.campaign.CampaignProgress;
import com.market25.campaign.ContactLine;
import com.market25.common.InvalidInputException;
import com.market25.member.ConsentHistoryLine;
import com.market25.member.MemberDesk;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 이메일 캠페인 (MKT-05): choose consenting members, write, send, watch the dispatch. The domain
 * adds (광고), the sender and the unsubscribe link to every mail and checks consent again when
 * each one is sent; the member's contact and consent history show what happened (CRM-04, MEM-06).
 */
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

    @EJB
    private MemberDesk members;

    @Inject
    private StaffSession staff;

    private List<AudienceMember> audience = List.of();
    private List<AudienceMember> selected = new ArrayList<>();
    private String subject;
    private String body;
    private List<CampaignProgress> campaigns = List.of();

    private AudienceMember historyOf;
    private List<ContactLine> history = List.of();
    private List<ConsentHistoryLine> consentHistory = List.of();

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
        consentHistory = members.consents(member.id()).history();
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

    public List<ConsentHistoryLine> getConsentHistory() {
        return consentHistory;
    }
}
