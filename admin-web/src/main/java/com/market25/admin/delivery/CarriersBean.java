package com.market25.admin.delivery;

import com.market25.admin.customer.FormErrors;
import com.market25.admin.i18n.Texts;
import com.market25.admin.staff.StaffSession;
import com.market25.common.InvalidInputException;
import com.market25.delivery.CarrierForm;
import com.market25.delivery.CarrierView;
import com.market25.delivery.CheckDigit;
import com.market25.delivery.DeliveryDesk;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** 택배사 관리 (DLV-01): the carriers, their tracking pages, fees and number rules; add, edit, switch off. */
@Named
@ViewScoped
public class CarriersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeliveryDesk desk;

    @Inject
    private StaffSession staff;

    private List<CarrierView> carriers = List.of();
    private Long id;
    private Integer version;
    private String code;
    private String name;
    private String trackingUrl = "https://";
    private BigDecimal feePerParcel;
    private int minLength = 10;
    private int maxLength = 12;
    private CheckDigit checkDigit = CheckDigit.NONE;
    private boolean active = true;
    private int sortOrder = 10;

    @PostConstruct
    void init() {
        carriers = desk.carriers();
    }

    public boolean isMayAct() {
        return staff.may("ORDERS") || staff.may("ADMIN");
    }

    public void edit(CarrierView c) {
        id = c.id();
        version = c.version();
        code = c.code();
        name = c.name();
        trackingUrl = c.trackingUrl();
        feePerParcel = c.feePerParcel();
        minLength = c.rule().minLength();
        maxLength = c.rule().maxLength();
        checkDigit = c.rule().checkDigit();
        active = c.active();
        sortOrder = c.sortOrder();
    }

    public void startNew() {
        id = null;
        version = null;
        code = null;
        name = null;
        trackingUrl = "https://";
        feePerParcel = null;
        minLength = 10;
        maxLength = 12;
        checkDigit = CheckDigit.NONE;
        active = true;
        sortOrder = 10;
    }

    /** Saves the form; a refused one keeps what was typed and says why next to the field. */
    public void save() {
        try {
            CarrierView saved = desk.saveCarrier(new CarrierForm(id, version, code, name, trackingUrl, feePerParcel,
                    minLength, maxLength, checkDigit, active, sortOrder));
            Texts.info(null, Texts.ui("carriers.saved", saved.name()));
            edit(saved);
            carriers = desk.carriers();
        } catch (InvalidInputException e) {
            FormErrors.show(e, "carrierForm");
        }
    }

    public void toggle(CarrierView c) {
        try {
            CarrierView saved = desk.setCarrierActive(c.id(), !c.active());
            Texts.info(null, Texts.ui(saved.active() ? "carriers.enabled" : "carriers.disabled", saved.name()));
        } catch (InvalidInputException e) {
            FormErrors.show(e, "carrierForm");
        }
        carriers = desk.carriers();
    }

    public CheckDigit[] getCheckDigits() {
        return CheckDigit.values();
    }

    public List<CarrierView> getCarriers() {
        return carriers;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTrackingUrl() {
        return trackingUrl;
    }

    public void setTrackingUrl(String trackingUrl) {
        this.trackingUrl = trackingUrl;
    }

    public BigDecimal getFeePerParcel() {
        return feePerParcel;
    }

    public void setFeePerParcel(BigDecimal feePerParcel) {
        this.feePerParcel = feePerParcel;
    }

    public int getMinLength() {
        return minLength;
    }

    public void setMinLength(int minLength) {
        this.minLength = minLength;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(int maxLength) {
        this.maxLength = maxLength;
    }

    public CheckDigit getCheckDigit() {
        return checkDigit;
    }

    public void setCheckDigit(CheckDigit checkDigit) {
        this.checkDigit = checkDigit;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
