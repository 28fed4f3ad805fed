package com.market25.ordering;

import com.market25.common.Checks;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** 수신자 정보: who receives the parcel, and where. */
@Embeddable
public class Recipient implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    private RecipientKind kind;

    @Column(name = "recipient_name", nullable = false)
    private String name;

    @Column(name = "recipient_phone", nullable = false)
    private String phone;

    @Column(name = "recipient_postal_code", nullable = false)
    private String postalCode;

    @Column(name = "recipient_address", nullable = false)
    private String address;

    @Column(name = "delivery_note")
    private String deliveryNote;

    protected Recipient() {
    }

    public Recipient(RecipientKind kind, String name, String phone, String postalCode, String address,
            String deliveryNote) {
        this.kind = kind;
        this.name = trim(name);
        this.phone = trim(phone);
        this.postalCode = trim(postalCode);
        this.address = trim(address);
        this.deliveryNote = trim(deliveryNote);
    }

    /** Adds this recipient's problems, keyed by the checkout form's field names. */
    public void check(Checks checks) {
        checks.that(kind != null, "recipientKind", "error.required")
                .required("recipientName", name)
                .required("recipientPhone", phone)
                .required("recipientPostalCode", postalCode)
                .required("recipientAddress", address)
                .maxLength("recipientName", name, 60)
                .maxLength("recipientAddress", address, 300)
                .maxLength("deliveryNote", deliveryNote, 300)
                .phone("recipientPhone", phone)
                .postalCode("recipientPostalCode", postalCode);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public RecipientKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getAddress() {
        return address;
    }

    public String getDeliveryNote() {
        return deliveryNote;
    }
}
