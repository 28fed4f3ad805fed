package com.market25.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** 택배사: name, public tracking page, fee per parcel of the shop's contract, number rule. */
@Entity
@Table(name = "carrier")
public class Carrier {

    /** Where the tracking number goes in {@link #trackingUrl}. */
    public static final String PLACEHOLDER = "{trackingNo}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "tracking_url", nullable = false, length = 300)
    private String trackingUrl;

    @Column(name = "fee_per_parcel", nullable = false)
    private BigDecimal feePerParcel;

    @Column(name = "number_min_length", nullable = false)
    private int minLength;

    @Column(name = "number_max_length", nullable = false)
    private int maxLength;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_digit", nullable = false)
    private CheckDigit checkDigit;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected Carrier() {
    }

    Carrier(CarrierForm form, String by, LocalDateTime at) {
        apply(form, by, at);
    }

    void apply(CarrierForm form, String by, LocalDateTime at) {
        code = form.code().trim().toUpperCase(java.util.Locale.ROOT);
        name = form.name().trim();
        trackingUrl = form.trackingUrl().trim();
        feePerParcel = form.feePerParcel();
        minLength = form.minLength();
        maxLength = form.maxLength();
        checkDigit = form.checkDigit() == null ? CheckDigit.NONE : form.checkDigit();
        active = form.active();
        sortOrder = form.sortOrder();
        updatedBy = by;
        updatedAt = at;
    }

    void setActive(boolean active, String by, LocalDateTime at) {
        this.active = active;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    CarrierView view() {
        return new CarrierView(id, code, name, trackingUrl, feePerParcel, new TrackingRule(minLength, maxLength, checkDigit),
                active, sortOrder, updatedBy, updatedAt, version);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }
}
