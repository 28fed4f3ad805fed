package com.market25.admin.delivery;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.admin.slips.DateShortcut;
import com.market25.common.InvalidInputException;
import com.market25.delivery.CarrierView;
import com.market25.delivery.DeliveryDesk;
import com.market25.delivery.DeliveryOutcome;
import com.market25.delivery.DeliveryReport;
import com.market25.delivery.ParcelForm;
import com.market25.delivery.ShipmentQuery;
import com.market25.delivery.ShipmentView;
import com.market25.ordering.DeliveryTarget;
import com.market25.ordering.DeliveryTargetQuery;
import com.market25.ordering.OrderStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * 배송관리 (DLV-01): the delivery target list (입금완료) and the instructed slips waiting for their
 * parcels (배송지시), paged by the database; 배송지시 and 배송완료 of the selected slips with a
 * result report; tracking numbers typed one by one or uploaded from the carrier's file; the
 * parcels shipped. Every rule is {@link DeliveryDesk}'s.
 */
@Named
@ViewScoped
public class DeliveryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeliveryDesk desk;

    @jakarta.inject.Inject
    private com.market25.admin.staff.StaffSession staff;

    private OrderStatus status = OrderStatus.PAID;
    private LocalDate from;
    private LocalDate to;
    private String branchCode;
    private String slipNo;
    private DeliveryTargetQuery query;
    private final Targets targets = new Targets();
    private List<DeliveryTarget> selected = new ArrayList<>();
    private List<CarrierView> carriers = List.of();

    private String reportTitle;
    private DeliveryReport report;

    private String parcelSlip;
    private Integer parcelLine = 0;
    private String parcelCarrier;
    private String parcelTracking;
    private String parcelShippedAt;

    private transient UploadedFile parcelFile;
    private String uploadCarrier;
    private transient UploadedFile deliveredFile;

    private LocalDate shippedFrom;
    private LocalDate shippedTo;
    private Long shippedCarrier;
    private Boolean delivered;
    private ShipmentQuery shipmentQuery;
    private final Shipments shipments = new Shipments();

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now();
        from = DateShortcut.MONTH.from(today);
        to = today;
        shippedFrom = today.minusDays(7);
        shippedTo = today;
        carriers = desk.activeCarriers();
        search();
        searchShipments();
    }

    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            Texts.error(null, Texts.ui("slips.error.range"));
            return;
        }
        query = new DeliveryTargetQuery(status, from, to, branchCode, slipNo);
        targets.forget();
        selected = new ArrayList<>();
    }

    public void showStatus(OrderStatus which) {
        status = which;
        search();
    }

    /** 배송지시 of the selected slips (입금완료), each on its own; the report says what became of each. */
    public void instruct() {
        bulk("delivery.report.instruct", () -> desk.instruct(selectedSlips()));
    }

    /** 배송완료 of the selected slips (배송지시 with a parcel). */
    public void confirm() {
        bulk("delivery.report.confirm", () -> desk.confirm(selectedSlips()));
    }

    private void bulk(String titleKey, java.util.function.Supplier<DeliveryReport> action) {
        try {
            report = action.get();
            reportTitle = Texts.ui(titleKey);
            Texts.info(null, Texts.ui("delivery.report.summary", report.done(), report.already(), report.refused()));
        } catch (InvalidInputException e) {
            FormErrors.show(e, "deliveryForm");
        }
        targets.forget();
        selected = new ArrayList<>();
        shipments.forget();
    }

    private List<String> selectedSlips() {
        return selected == null ? List.of() : selected.stream().map(DeliveryTarget::slipNo).toList();
    }

    /** Starts the typed parcel of this row. */
    public void startParcel(DeliveryTarget row) {
        parcelSlip = row.slipNo();
        parcelLine = 0;
        parcelTracking = null;
        parcelShippedAt = null;
    }

    /** 송장 입력: one parcel; a refused one keeps what was typed and says why next to the field. */
    public void registerParcel() {
        try {
            DeliveryOutcome outcome = desk.registerParcel(new ParcelForm(parcelSlip, parcelLine == null ? 0 : parcelLine,
                    parcelCarrier, parcelTracking, parcelShippedAt));
            Texts.info(null, outcome.reasonKey() == null ? Texts.ui("delivery.parcel.saved", outcome.slipNo(), outcome.trackingNo())
                    : Texts.domain(outcome.reasonKey()));
            parcelSlip = null;
            parcelTracking = null;
            parcelShippedAt = null;
            parcelLine = 0;
            targets.forget();
            shipments.forget();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "parcelForm");
        }
    }

    /** 송장 일괄 등록 from the carrier's file: good rows in, bad rows in the report with line and reason. */
    public void uploadParcels() {
        byte[] content = read(parcelFile, "uploadForm:parcelFile");
        if (content != null) {
            bulk("delivery.report.upload", () -> desk.uploadParcels(content, uploadCarrier));
        }
    }

    /** 배송완료 from the carrier's delivered file. */
    public void uploadDeliveries() {
        byte[] content = read(deliveredFile, "uploadForm:deliveredFile");
        if (content != null) {
            bulk("delivery.report.deliveredUpload", () -> desk.uploadDeliveries(content));
        }
    }

    private static byte[] read(UploadedFile file, String clientId) {
        if (file == null || file.getSize() == 0) {
            Texts.error(clientId, Texts.domain("error.delivery.fileEmpty"));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(com.market25.delivery.ShipmentFile.MAX_BYTES + 1);
        } catch (IOException e) {
            Texts.error(clientId, Texts.domain("error.delivery.fileUnreadable"));
            return null;
        }
    }

    public void removeParcel(ShipmentView parcel) {
        try {
            desk.removeParcel(parcel.id());
            Texts.info(null, Texts.ui("delivery.parcel.removed", parcel.slipNo(), parcel.trackingNo()));
        } catch (InvalidInputException e) {
            FormErrors.show(e, "shipmentsForm");
        }
        shipments.forget();
        targets.forget();
    }

    public void searchShipments() {
        shipmentQuery = new ShipmentQuery(shippedFrom, shippedTo, shippedCarrier, delivered);
        shipments.forget();
    }

    /** The reason of a report line in the view's language. */
    public String reason(DeliveryOutcome o) {
        return o.reasonKey() == null ? "" : Texts.domain(o.reasonKey(), o.argArray());
    }

    /** Query string of the print page and the PDF: the screen's filters. */
    public String getPrintQuery() {
        StringBuilder q = new StringBuilder("status=").append(status.name());
        if (from != null) {
            q.append("&from=").append(from);
        }
        if (to != null) {
            q.append("&to=").append(to);
        }
        if (branchCode != null && !branchCode.isBlank()) {
            q.append("&branch=").append(URLEncoder.encode(branchCode.trim(), StandardCharsets.UTF_8));
        }
        return q.append("&lang=").append(Texts.current().getLanguage()).toString();
    }

    /** The page's rows with their parcels, read once per page. */
    public class Targets extends LazyDataModel<DeliveryTarget> {

        private static final long serialVersionUID = 1L;

        private Long total;
        private Map<Long, List<ShipmentView>> parcels = new HashMap<>();

        void forget() {
            total = null;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total == null) {
                total = desk.countTargets(query);
            }
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<DeliveryTarget> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            List<DeliveryTarget> rows = desk.targets(query, first, pageSize);
            parcels = status == OrderStatus.PAID ? new HashMap<>()
                    : desk.parcelsOf(rows.stream().map(DeliveryTarget::orderId).toList());
            total = desk.countTargets(query);
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return rows;
        }

        public List<ShipmentView> parcelsOf(DeliveryTarget row) {
            return parcels.getOrDefault(row.orderId(), List.of());
        }

        public long getTotal() {
            return total == null ? count(Map.of()) : total;
        }

        @Override
        public String getRowKey(DeliveryTarget row) {
            return row.slipNo();
        }

        @Override
        public DeliveryTarget getRowData(String rowKey) {
            for (DeliveryTarget t : getWrappedData() == null ? List.<DeliveryTarget>of() : (List<DeliveryTarget>) getWrappedData()) {
                if (t.slipNo().equals(rowKey)) {
                    return t;
                }
            }
            return null;
        }
    }

    public class Shipments extends LazyDataModel<ShipmentView> {

        private static final long serialVersionUID = 1L;

        private Long total;

        void forget() {
            total = null;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total == null) {
                total = desk.countShipments(shipmentQuery);
            }
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<ShipmentView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            total = desk.countShipments(shipmentQuery);
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return desk.shipments(shipmentQuery, first, pageSize);
        }

        @Override
        public String getRowKey(ShipmentView row) {
            return String.valueOf(row.id());
        }
    }

    /** Roles that act get the check boxes and buttons (DeliveryDesk checks the roles again). */
    public boolean isMayAct() {
        return staff.may("ORDERS") || staff.may("ADMIN");
    }

    public OrderStatus[] getStatuses() {
        return new OrderStatus[] {OrderStatus.PAID, OrderStatus.DELIVERY_INSTRUCTED};
    }

    public Targets getTargets() {
        return targets;
    }

    public Shipments getShipments() {
        return shipments;
    }

    public List<CarrierView> getCarriers() {
        return carriers;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public String getSlipNo() {
        return slipNo;
    }

    public void setSlipNo(String slipNo) {
        this.slipNo = slipNo;
    }

    public List<DeliveryTarget> getSelected() {
        return selected;
    }

    public void setSelected(List<DeliveryTarget> selected) {
        this.selected = selected;
    }

    public DeliveryReport getReport() {
        return report;
    }

    public String getReportTitle() {
        return reportTitle;
    }

    public String getParcelSlip() {
        return parcelSlip;
    }

    public void setParcelSlip(String parcelSlip) {
        this.parcelSlip = parcelSlip;
    }

    public Integer getParcelLine() {
        return parcelLine;
    }

    public void setParcelLine(Integer parcelLine) {
        this.parcelLine = parcelLine;
    }

    public String getParcelCarrier() {
        return parcelCarrier;
    }

    public void setParcelCarrier(String parcelCarrier) {
        this.parcelCarrier = parcelCarrier;
    }

    public String getParcelTracking() {
        return parcelTracking;
    }

    public void setParcelTracking(String parcelTracking) {
        this.parcelTracking = parcelTracking;
    }

    public String getParcelShippedAt() {
        return parcelShippedAt;
    }

    public void setParcelShippedAt(String parcelShippedAt) {
        this.parcelShippedAt = parcelShippedAt;
    }

    public UploadedFile getParcelFile() {
        return parcelFile;
    }

    public void setParcelFile(UploadedFile parcelFile) {
        this.parcelFile = parcelFile;
    }

    public String getUploadCarrier() {
        return uploadCarrier;
    }

    public void setUploadCarrier(String uploadCarrier) {
        this.uploadCarrier = uploadCarrier;
    }

    public UploadedFile getDeliveredFile() {
        return deliveredFile;
    }

    public void setDeliveredFile(UploadedFile deliveredFile) {
        this.deliveredFile = deliveredFile;
    }

    public LocalDate getShippedFrom() {
        return shippedFrom;
    }

    public void setShippedFrom(LocalDate shippedFrom) {
        this.shippedFrom = shippedFrom;
    }

    public LocalDate getShippedTo() {
        return shippedTo;
    }

    public void setShippedTo(LocalDate shippedTo) {
        this.shippedTo = shippedTo;
    }

    public Long getShippedCarrier() {
        return shippedCarrier;
    }

    public void setShippedCarrier(Long shippedCarrier) {
        this.shippedCarrier = shippedCarrier;
    }

    public Boolean getDelivered() {
        return delivered;
    }

    public void setDelivered(Boolean delivered) {
        this.delivered = delivered;
    }
}
