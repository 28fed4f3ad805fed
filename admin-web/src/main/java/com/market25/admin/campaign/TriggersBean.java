package com.market25.admin.campaign;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.campaign.CampaignDesk;
import com.market25.campaign.CampaignStatus;
import com.market25.campaign.CampaignView;
import com.market25.campaign.TriggerAction;
import com.market25.campaign.TriggerDesk;
import com.market25.campaign.TriggerEvent;
import com.market25.campaign.TriggerFiring;
import com.market25.campaign.TriggerRule;
import com.market25.campaign.channel.MessageChannel;
import com.market25.campaign.channel.TemplateDesk;
import com.market25.campaign.channel.TemplateView;
import com.market25.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** 트리거 (MKT-09): the rules, a new rule, run them now, and the notifications they made. */
@Named
@ViewScoped
public class TriggersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TriggerDesk desk;

    @EJB
    private CampaignDesk campaigns;

    @EJB
    private TemplateDesk templates;

    private String name;
    private TriggerEvent event = TriggerEvent.FIRST_PURCHASE;
    private Integer days;
    private TriggerAction action = TriggerAction.NOTIFY;
    private Long campaignId;
    private Long templateId;
    private final Firings firings = new Firings();

    public void create() {
        try {
            desk.create(new TriggerRule(0, name, event, days, action, campaignId, templateId, true, null, null));
            Texts.info(null, Texts.ui("trigger.saved"));
            name = null;
        } catch (InvalidInputException e) {
            FormErrors.show(e, "ruleForm");
        }
    }

    public void toggle(TriggerRule rule) {
        desk.setActive(rule.id(), !rule.active());
    }

    public void evaluate() {
        Texts.info(null, Texts.ui("trigger.evaluated", desk.evaluateNow()));
    }

    public List<TriggerRule> getRules() {
        return desk.rules();
    }

    public List<CampaignView> getOpenCampaigns() {
        return campaigns.page(null, null, 0, 200).stream().filter(c -> c.status() != CampaignStatus.CLOSED).toList();
    }

    public List<TemplateView> getSmsTemplates() {
        return templates.list(MessageChannel.SMS);
    }

    public TriggerEvent[] getEvents() {
        return TriggerEvent.values();
    }

    public TriggerAction[] getActions() {
        return TriggerAction.values();
    }

    public class Firings extends LazyDataModel<TriggerFiring> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) desk.firingCount();
        }

        @Override
        public List<TriggerFiring> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            setRowCount((int) desk.firingCount());
            return desk.firings(first, pageSize);
        }
    }

    public Firings getFirings() {
        return firings;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TriggerEvent getEvent() {
        return event;
    }

    public void setEvent(TriggerEvent event) {
        this.event = event;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public TriggerAction getAction() {
        return action;
    }

    public void setAction(TriggerAction action) {
        this.action = action;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }
}
