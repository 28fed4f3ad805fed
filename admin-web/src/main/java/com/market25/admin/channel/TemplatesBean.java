package com.market25.admin.channel;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.campaign.channel.MergeField;
import com.market25.campaign.channel.MessageChannel;
import com.market25.campaign.channel.RenderedMessage;
import com.market25.campaign.channel.TemplateDesk;
import com.market25.campaign.channel.TemplateForm;
import com.market25.campaign.channel.TemplateView;
import com.market25.common.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 메시지 템플릿 (MKT-05): the list, one template's form with the merge fields one may use, the SMS
 * byte counter as one types (sms.js), and a preview with a sample customer's real values. Every
 * rule is in {@link TemplateDesk}; its refusals go next to their fields.
 */
@Named
@ViewScoped
public class TemplatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TemplateDesk desk;

    private List<TemplateView> templates = List.of();
    private Long id;
    private Integer version;
    private String name;
    private MessageChannel channel = MessageChannel.EMAIL;
    private String subject;
    private String htmlBody;
    private String textBody;
    private String previewMemberNo;
    private RenderedMessage preview;

    @PostConstruct
    void init() {
        templates = desk.list(null);
    }

    public void edit(TemplateView t) {
        id = t.id();
        version = t.version();
        name = t.name();
        channel = t.channel();
        subject = t.subject();
        htmlBody = t.htmlBody();
        textBody = t.textBody();
        preview = null;
    }

    public void newTemplate() {
        id = null;
        version = null;
        name = null;
        subject = null;
        htmlBody = null;
        textBody = null;
        preview = null;
    }

    public void save() {
        try {
            TemplateView saved = id == null ? desk.create(form()) : desk.update(id, version, form());
            edit(saved);
            templates = desk.list(null);
            Texts.info(null, Texts.ui("templates.saved", saved.name()));
        } catch (InvalidInputException e) {
            FormErrors.show(e, "templateForm");
        }
    }

    public void showPreview() {
        try {
            preview = desk.previewDraft(form(), id, previewMemberNo);
        } catch (InvalidInputException e) {
            preview = null;
            FormErrors.show(e, "templateForm");
        }
    }

    private TemplateForm form() {
        return new TemplateForm(name, channel, subject, htmlBody, textBody);
    }

    public MessageChannel[] getChannels() {
        return MessageChannel.values();
    }

    public MergeField[] getMergeFields() {
        return MergeField.values();
    }

    public boolean isSms() {
        return channel == MessageChannel.SMS;
    }

    public boolean isEmail() {
        return channel == MessageChannel.EMAIL;
    }

    public List<TemplateView> getTemplates() {
        return templates;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public void setChannel(MessageChannel channel) {
        this.channel = channel;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public void setHtmlBody(String htmlBody) {
        this.htmlBody = htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public void setTextBody(String textBody) {
        this.textBody = textBody;
    }

    public String getPreviewMemberNo() {
        return previewMemberNo;
    }

    public void setPreviewMemberNo(String previewMemberNo) {
        this.previewMemberNo = previewMemberNo;
    }

    public RenderedMessage getPreview() {
        return preview;
    }
}
