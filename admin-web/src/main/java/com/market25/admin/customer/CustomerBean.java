package com.market25.admin.customer;

import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.customer.Customer;
import com.market25.customer.CustomerDesk;
import com.market25.customer.CustomerForm;
import com.market25.customer.CustomerProfile;
import com.market25.customer.FieldValue;
import com.market25.customer.IncomeBand;
import com.market25.customer.MaritalStatus;
import com.market25.customer.NoteKind;
import com.market25.member.ConsentChannel;
import com.market25.member.ConsentChoices;
import com.market25.member.Gender;
import com.market25.member.MemberType;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.SlipRow;
import com.market25.staff.Roles;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * 고객 상세 (MEM-02): one page per customer ({@code customer.xhtml?id=…}), or the empty form of a
 * new customer without an id. Thin: it holds what staff type and asks {@link CustomerDesk},
 * which checks and records everything.
 */
@Named
@ViewScoped
public class CustomerBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] FORM_FIELDS = {"name", "phone", "email", "postalCode", "address", "homePhone",
        "birthDate", "gender", "memberType", "upperMemberNo", "companyName", "department", "jobTitle", "workPhone",
        "workPostalCode", "workAddress", "hobby", "maritalStatus", "weddingDate", "car", "incomeBand"};

    @EJB
    private CustomerDesk desk;

    @EJB
    private OrderDesk orderDesk;

    @Inject
    private StaffSession staff;

    private Long id;
    private boolean loaded;
    private CustomerProfile profile;
    private Integer version;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Boolean> consents = new HashMap<>();
    private final Map<String, String> fieldInputs = new LinkedHashMap<>();
    private NoteKind noteKind = NoteKind.NOTE;
    private String noteBody;
    private String eraseReason;
    private final Orders orders = new Orders();

    /** f:viewAction: the customer of {@code ?id=}, or a new one. */
    public void load() {
        if (loaded && !FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        loaded = true;
        if (id == null) {
            values.clear();
            for (ConsentChannel c : ConsentChannel.values()) {
                consents.put(c.name(), false);
            }
            return;
        }
        profile = desk.profile(id).orElse(null);
        if (profile == null) {
            Texts.error(null, Texts.domain("error.api.notFound"));
            return;
        }
        Customer c = profile.customer();
        version = c.getVersion();
        CustomerForm form = desk.form(id);
        values.clear();
        Object[] current = {form.name(), form.phone(), form.email(), form.postalCode(), form.address(),
            form.homePhone(), form.birthDate(), form.gender(), form.memberType(), form.upperMemberNo(),
            form.companyName(), form.department(), form.jobTitle(), form.workPhone(), form.workPostalCode(),
            form.workAddress(), form.hobby(), form.maritalStatus(), form.weddingDate(), form.car(), form.incomeBand()};
        for (int i = 0; i < FORM_FIELDS.length; i++) {
            values.put(FORM_FIELDS[i], (String) current[i]);
        }
        for (var s : profile.consents().current()) {
            consents.put(s.channel().name(), s.granted());
        }
        fieldInputs.clear();
        for (FieldValue f : profile.fields()) {
            fieldInputs.put(f.field().code(), f.value());
        }
    }

    private CustomerForm form() {
        return new CustomerForm(v("name"), v("phone"), v("email"), v("postalCode"), v("address"), v("homePhone"),
                v("birthDate"), v("gender"), v("memberType"), v("upperMemberNo"), v("companyName"), v("department"),
                v("jobTitle"), v("workPhone"), v("workPostalCode"), v("workAddress"), v("hobby"), v("maritalStatus"),
                v("weddingDate"), v("car"), v("incomeBand"));
    }

    private String v(String field) {
        return values.get(field);
    }

    private ConsentChoices consentChoices() {
        return new ConsentChoices(Boolean.TRUE.equals(consents.get("EMAIL")), Boolean.TRUE.equals(consents.get("SMS")),
                Boolean.TRUE.equals(consents.get("DM")), Boolean.TRUE.equals(consents.get("PHONE")));
    }

    /** 저장: registers a new customer (then opens their page) or saves the form over the customer. */
    public String save() {
        try {
            if (id == null) {
                Customer created = desk.register(form(), consentChoices());
                Texts.info(null, Texts.ui("customer.registered", created.getMemberNo()));
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/customer.xhtml?faces-redirect=true&id=" + created.getId();
            }
            desk.update(id, version, form());
            Texts.info(null, Texts.ui("customer.saved"));
            reload();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "customerForm");
        }
        return null;
    }

    public void saveConsents() {
        act(() -> desk.changeConsents(id, consentChoices()), "customer.consentsSaved");
    }

    public void saveFields() {
        act(() -> desk.setFieldValues(id, new LinkedHashMap<>(fieldInputs)), "customer.fieldsSaved");
    }

    public void addNote() {
        act(() -> desk.addNote(id, noteKind, noteBody), "customer.noteAdded");
        if (!Texts.hasErrors()) {
            noteBody = null;
        }
    }

    public void issueCard() {
        act(() -> desk.issueCard(id), "customer.cardIssued");
    }

    public void erase() {
        act(() -> desk.erase(id, eraseReason), "customer.erasedDone");
    }

    /** The member card as PDF (p:fileDownload). */
    public StreamedContent getCardPdf() {
        try {
            byte[] pdf = desk.cardPdf(id);
            return DefaultStreamedContent.builder().contentType("application/pdf")
                    .name("member-card-" + profile.customer().getMemberNo() + ".pdf")
                    .stream(() -> new ByteArrayInputStream(pdf)).build();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "customerForm");
            return null;
        }
    }

    /** 개인정보 내보내기 (운영자): the same JSON as the API's export, logged by the boundary. */
    public void export() throws IOException {
        try {
            CustomerProfile exported = desk.exportPersonalData(id);
            String json = com.market25.admin.api.customer.CustomerExport.json(exported, desk.form(id));
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseReset();
            external.setResponseContentType("application/json; charset=UTF-8");
            external.setResponseHeader("Content-Disposition",
                    "attachment; filename=\"customer-" + exported.customer().getMemberNo() + ".json\"");
            external.getResponseOutputStream().write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            FacesContext.getCurrentInstance().responseComplete();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "customerForm");
        }
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            Texts.info(null, Texts.ui(doneKey));
            reload();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "customerForm");
        }
    }

    private void reload() {
        loaded = false;
        load();
        orders.forget();
    }

    /** A contact line's kind: a staff entry (메모, 수신 전화 …) or a campaign's channel (이메일 …). */
    public String kindLabel(String kind) {
        try {
            return Texts.domain("noteKind." + NoteKind.valueOf(kind).name());
        } catch (IllegalArgumentException notANote) {
            return Texts.domain("consentChannel." + kind);
        }
    }

    /** A campaign's or channel's outcome (SENT, DELIVERED, RETURNED, REACHED …) in words; staff entries have none. */
    public String outcomeLabel(String outcome) {
        return outcome == null ? "" : Texts.domain("contactOutcome." + outcome);
    }

    public boolean isEditable() {
        return (staff.may(Roles.MARKETING) || staff.may(Roles.ADMIN)) && (profile == null || !profile.customer().isErased());
    }

    public boolean isAdministrator() {
        return staff.may(Roles.ADMIN);
    }

    public boolean isCreating() {
        return id == null;
    }

    /** 주문 내역: paged by the ordering boundary. */
    public class Orders extends LazyDataModel<SlipRow> {

        private static final long serialVersionUID = 1L;
        private Integer total;

        void forget() {
            total = null;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (id == null) {
                return 0;
            }
            if (total == null) {
                total = (int) Math.min(Integer.MAX_VALUE, orderDesk.countOrdersOfCustomer(id));
            }
            return total;
        }

        @Override
        public List<SlipRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return id == null ? List.of() : orderDesk.ordersOfCustomer(id, first, pageSize);
        }

        @Override
        public String getRowKey(SlipRow row) {
            return row.slipNo();
        }
    }

    public Orders getOrders() {
        return orders;
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public MemberType[] getMemberTypes() {
        return MemberType.values();
    }

    public MaritalStatus[] getMaritalStatuses() {
        return MaritalStatus.values();
    }

    public IncomeBand[] getIncomeBands() {
        return IncomeBand.values();
    }

    public NoteKind[] getNoteKinds() {
        return NoteKind.values();
    }

    public ConsentChannel[] getChannels() {
        return ConsentChannel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CustomerProfile getProfile() {
        return profile;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, Boolean> getConsents() {
        return consents;
    }

    public Map<String, String> getFieldInputs() {
        return fieldInputs;
    }

    public NoteKind getNoteKind() {
        return noteKind;
    }

    public void setNoteKind(NoteKind noteKind) {
        this.noteKind = noteKind;
    }

    public String getNoteBody() {
        return noteBody;
    }

    public void setNoteBody(String noteBody) {
        this.noteBody = noteBody;
    }

    public String getEraseReason() {
        return eraseReason;
    }

    public void setEraseReason(String eraseReason) {
        this.eraseReason = eraseReason;
    }
}
