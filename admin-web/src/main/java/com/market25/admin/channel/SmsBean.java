package com.market25.admin.channel;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.campaign.channel.SmsDesk;
import com.market25.campaign.channel.SmsLine;
import com.market25.common.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 문자 발송 시험 (MKT-06): one message to a staff member's phone with the byte counter as one
 * types, and the newest messages with the gateway's delivery reports (polled every 2 s).
 */
@Named
@ViewScoped
public class SmsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SmsDesk desk;

    private String phone;
    private String text;
    private List<SmsLine> recent = List.of();

    @PostConstruct
    void init() {
        refresh();
    }

    public void send() {
        try {
            long id = desk.sendTest(phone, text);
            Texts.info(null, Texts.ui("sms.queued", id));
            text = null;
        } catch (InvalidInputException e) {
            FormErrors.show(e, "smsForm");
        }
        refresh();
    }

    public void refresh() {
        recent = desk.recent(30);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<SmsLine> getRecent() {
        return recent;
    }
}
