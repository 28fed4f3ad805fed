package com.market25.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A user-defined customer field (MEM-05) as the administrator defined it; its code never changes. */
@Entity
@Table(name = "customer_field")
public class CustomerField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, updatable = false)
    private FieldType type;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected CustomerField() {
    }

    CustomerField(String code, String label, FieldType type, int sortOrder, String createdBy, LocalDateTime now) {
        this.code = code;
        this.label = label;
        this.type = type;
        this.sortOrder = sortOrder;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getLabel() {
        return label;
    }

    FieldType getType() {
        return type;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void setLabel(String label) {
        this.label = label;
    }
}
