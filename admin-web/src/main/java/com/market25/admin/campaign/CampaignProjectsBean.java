package com.market25.admin.campaign;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.campaign.channel.MessageChannel;
import com.market25.campaign.channel.TemplateDesk;
import com.market25.campaign.channel.TemplateView;
import com.market25.campaign.dispatch.ProjectDesk;
import com.market25.campaign.dispatch.ProjectView;
import com.market25.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** 채널 발송 on the campaign page (MKT-05, MKT-06): the projects with progress, a new one, dispatch / pause / resume. */
@Named
@ViewScoped
public class CampaignProjectsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProjectDesk desk;

    @EJB
    private TemplateDesk templates;

    private long campaignId;
    private MessageChannel channel = MessageChannel.SMS;
    private String name;
    private Long templateId;
    private BigDecimal unitCost;
    private Integer throttle;
    private java.time.LocalDateTime sendAt;

    public List<ProjectView> projects(long campaign) {
        campaignId = campaign;
        return desk.ofCampaign(campaign);
    }

    public List<TemplateView> getTemplates() {
        return templates.list(channel);
    }

    public MessageChannel[] getChannels() {
        return MessageChannel.values();
    }

    public void create(long campaign) {
        try {
            desk.create(campaign, channel, name, templateId, unitCost, throttle, sendAt);
            Texts.info(null, Texts.ui("project.created"));
            name = null;
        } catch (InvalidInputException e) {
            FormErrors.show(e, "tabs:projectForm");
        }
    }

    public void dispatch(long id) {
        act(() -> desk.dispatch(id));
    }

    public void pause(long id) {
        act(() -> desk.pause(id));
    }

    public void resume(long id) {
        act(() -> desk.resume(id));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "tabs:projectForm");
        }
    }

    public long getCampaignId() {
        return campaignId;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public void setChannel(MessageChannel channel) {
        this.channel = channel;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public void setUnitCost(BigDecimal unitCost) {
        this.unitCost = unitCost;
    }

    public java.time.LocalDateTime getSendAt() {
        return sendAt;
    }

    public void setSendAt(java.time.LocalDateTime sendAt) {
        this.sendAt = sendAt;
    }

    public Integer getThrottle() {
        return throttle;
    }

    public void setThrottle(Integer throttle) {
        this.throttle = throttle;
    }
}
