package com.market25.admin.channel;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.campaign.channel.CallEntry;
import com.market25.campaign.channel.CallEntryPage;
import com.market25.campaign.channel.CallListDesk;
import com.market25.campaign.channel.CallListView;
import com.market25.campaign.channel.CallResult;
import com.market25.campaign.channel.ChannelResult;
import com.market25.campaign.channel.MessageChannel;
import com.market25.campaign.channel.Recipients;
import com.market25.campaign.channel.RenderedMessage;
import com.market25.campaign.channel.TemplateDesk;
import com.market25.campaign.channel.TemplateView;
import com.market25.common.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 전화 (MKT-06): make a call list from a segment or member numbers with a script, open a list and
 * page through it (LazyDataModel: the database pages), and enter each call's result with the
 * script rendered for the customer on the line.
 */
@Named
@ViewScoped
public class CallsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CallListDesk desk;

    @EJB
    private TemplateDesk templates;

    @EJB
    private Recipients recipients;

    private final Audience audience = new Audience();
    private String name;
    private Long templateId;
    private String requestKey = UUID.randomUUID().toString();
    private List<CallListView> lists = List.of();
    private List<TemplateView> scripts = List.of();
    private Map<Long, String> segments = Map.of();
    private CallListView open;
    private final Entries entries = new Entries();

    private CallEntry calling;
    private RenderedMessage script;
    private CallResult result;
    private String note;
    private LocalDateTime callbackAt;

    @PostConstruct
    void init() {
        scripts = templates.list(MessageChannel.PHONE);
        segments = recipients.segments();
        lists = desk.lists();
    }

    public void create() {
        try {
            ChannelResult created = desk.create(name, templateId, audience.ids(recipients), requestKey);
            Texts.info(null, Texts.ui("calls.created", created.id(), ChannelTexts.counts(created)));
            requestKey = UUID.randomUUID().toString();
            name = null;
            audience.memberNumbers = null;
            lists = desk.lists();
            open = desk.list(created.id()).orElse(null);
        } catch (InvalidInputException e) {
            FormErrors.show(e, "listForm");
        }
    }

    public void openList(CallListView list) {
        open = list;
        calling = null;
    }

    public void call(CallEntry entry) {
        calling = entry;
        result = entry.result();
        note = entry.note();
        callbackAt = entry.callbackAt();
        script = desk.script(entry.listId(), entry.customerId()).orElse(null);
    }

    public void saveResult() {
        try {
            calling = desk.record(calling.listId(), calling.customerId(), result, note, callbackAt);
            Texts.info(null, Texts.ui("calls.recorded", calling.name(), Texts.domain("callResult." + result.name())));
            lists = desk.lists();
            open = desk.list(open.id()).orElse(open);
        } catch (InvalidInputException e) {
            FormErrors.show(e, "callForm");
        }
    }

    /** The open list's entries, a page at a time from the database. */
    public class Entries extends LazyDataModel<CallEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return open == null ? 0 : desk.entries(open.id(), 0, 1).total();
        }

        @Override
        public List<CallEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (open == null) {
                return List.of();
            }
            CallEntryPage page = desk.entries(open.id(), first, pageSize);
            setRowCount(page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(CallEntry entry) {
            return String.valueOf(entry.customerId());
        }

        @Override
        public CallEntry getRowData(String rowKey) {
            return null;
        }
    }

    public CallResult[] getResults() {
        return CallResult.values();
    }

    public Entries getEntries() {
        return entries;
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

    public List<CallListView> getLists() {
        return lists;
    }

    public List<TemplateView> getScripts() {
        return scripts;
    }

    public Map<Long, String> getSegments() {
        return segments;
    }

    public CallListView getOpen() {
        return open;
    }

    public CallEntry getCalling() {
        return calling;
    }

    public RenderedMessage getScript() {
        return script;
    }

    public CallResult getResult() {
        return result;
    }

    public void setResult(CallResult result) {
        this.result = result;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDateTime getCallbackAt() {
        return callbackAt;
    }

    public void setCallbackAt(LocalDateTime callbackAt) {
        this.callbackAt = callbackAt;
    }
}
