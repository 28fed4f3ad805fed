package com.market25.admin.channel;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.campaign.channel.ChannelResult;
import com.market25.campaign.channel.DmBatchView;
import com.market25.campaign.channel.DmDesk;
import com.market25.campaign.channel.MessageChannel;
import com.market25.campaign.channel.Recipients;
import com.market25.campaign.channel.ReturnedLine;
import com.market25.campaign.channel.ReturnedMail;
import com.market25.campaign.channel.TemplateDesk;
import com.market25.campaign.channel.TemplateView;
import com.market25.common.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 우편 DM (MKT-06, MEM-04): make a batch from a segment or member numbers, print its labels, mark
 * it as posted; and the returned-mail input, where staff scan or type the member numbers of
 * returned letters, with the newest returns under it.
 */
@Named
@ViewScoped
public class DmBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DmDesk desk;

    @EJB
    private TemplateDesk templates;

    @EJB
    private Recipients recipients;

    private final Audience audience = new Audience();
    private String name;
    private Long templateId;
    /** One key per form: a second click on "make" returns the batch the first made. */
    private String requestKey = UUID.randomUUID().toString();
    private List<DmBatchView> batches = List.of();
    private List<TemplateView> letters = List.of();
    private Map<Long, String> segments = Map.of();
    private String returnedNumbers;
    private ReturnedMail returned;
    private List<ReturnedLine> returns = List.of();

    @PostConstruct
    void init() {
        letters = templates.list(MessageChannel.DM);
        segments = recipients.segments();
        refresh();
    }

    private void refresh() {
        batches = desk.batches();
        returns = desk.returns(50);
    }

    public void create() {
        try {
            List<Long> ids = audience.ids(recipients);
            ChannelResult result = desk.createBatch(name, templateId, ids, requestKey);
            Texts.info(null, Texts.ui("dm.created", result.id(), ChannelTexts.counts(result)));
            requestKey = UUID.randomUUID().toString();
            name = null;
            audience.memberNumbers = null;
        } catch (InvalidInputException e) {
            FormErrors.show(e, "batchForm");
        }
        refresh();
    }

    public StreamedContent labels(DmBatchView batch) {
        try {
            byte[] pdf = desk.labels(batch.id());
            return DefaultStreamedContent.builder().name("dm-labels-" + batch.id() + ".pdf").contentType("application/pdf")
                    .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "batchesForm");
            return null;
        }
    }

    public void markSent(DmBatchView batch) {
        try {
            int contacts = desk.markSent(batch.id());
            Texts.info(null, Texts.ui("dm.sentDone", batch.name(), contacts));
        } catch (InvalidInputException e) {
            FormErrors.show(e, "batchesForm");
        }
        refresh();
    }

    public void recordReturns() {
        try {
            returned = desk.recordReturns(returnedNumbers);
            returnedNumbers = null;
            Texts.info(null, Texts.ui("dm.returns.done", returned.flagged().size(), returned.alreadyFlagged()));
            if (!returned.unknown().isEmpty()) {
                Texts.error(null, Texts.ui("dm.returns.unknown", String.join(", ", returned.unknown())));
            }
        } catch (InvalidInputException e) {
            FormErrors.show(e, "returnsForm");
        }
        refresh();
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

    public Long getSegmentId() {
        return audience.segmentId;
    }

    public void setSegmentId(Long segmentId) {
        audience.segmentId = segmentId;
    }

    public String getMemberNumbers() {
        return audience.memberNumbers;
    }

    public void setMemberNumbers(String memberNumbers) {
        audience.memberNumbers = memberNumbers;
    }

    public List<DmBatchView> getBatches() {
        return batches;
    }

    public List<TemplateView> getLetters() {
        return letters;
    }

    public Map<Long, String> getSegments() {
        return segments;
    }

    public String getReturnedNumbers() {
        return returnedNumbers;
    }

    public void setReturnedNumbers(String returnedNumbers) {
        this.returnedNumbers = returnedNumbers;
    }

    public ReturnedMail getReturned() {
        return returned;
    }

    public List<ReturnedLine> getReturns() {
        return returns;
    }
}
