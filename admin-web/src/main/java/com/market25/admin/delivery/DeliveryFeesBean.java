package com.market25.admin.delivery;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.delivery.DeliveryDesk;
import com.market25.delivery.FeeLine;
import com.market25.delivery.FeeSettlementView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 택배비 정산 (DLV-01): parcels per carrier of a period at the fee per parcel, closed once; the
 * closed settlements and their Excel export.
 */
@Named
@ViewScoped
public class DeliveryFeesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeliveryDesk desk;

    @Inject
    private StaffSession staff;

    private LocalDate from;
    private LocalDate to;
    private List<FeeLine> preview = List.of();
    private List<FeeSettlementView> settlements = List.of();

    @PostConstruct
    void init() {
        LocalDate lastMonth = LocalDate.now().minusMonths(1);
        from = lastMonth.withDayOfMonth(1);
        to = lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
        settlements = desk.settlements(100);
        preview();
    }

    public boolean isMayClose() {
        return staff.may("ORDERS") || staff.may("ADMIN");
    }

    public void preview() {
        try {
            preview = desk.feePreview(from, to);
        } catch (InvalidInputException e) {
            preview = List.of();
            FormErrors.show(e, "feesForm");
        }
    }

    public void close() {
        try {
            FeeSettlementView closed = desk.closeFees(from, to);
            Texts.info(null, Texts.ui("fees.closed", closed.id(), closed.parcels(), com.market25.admin.i18n.Formats.won(closed.total(), Texts.current())));
            settlements = desk.settlements(100);
            preview();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "feesForm");
        }
    }

    public StreamedContent workbook(FeeSettlementView s) {
        byte[] xlsx = desk.settlementWorkbook(s.id());
        return DefaultStreamedContent.builder().name("delivery-fees-" + s.id() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) xlsx.length).stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    public long getPreviewParcels() {
        return preview.stream().mapToLong(FeeLine::parcels).sum();
    }

    public BigDecimal getPreviewTotal() {
        return preview.stream().map(FeeLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<FeeLine> getPreview() {
        return preview;
    }

    public List<FeeSettlementView> getSettlements() {
        return settlements;
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
}
