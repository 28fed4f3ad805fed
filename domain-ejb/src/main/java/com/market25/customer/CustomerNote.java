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

/** A note, call or visit staff put on a customer's contact history (MEM-02), with who and when. */
@Entity
@Table(name = "customer_note")
public class CustomerNote {

    static final int MAX_BODY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteKind kind;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CustomerNote() {
    }

    CustomerNote(long customerId, NoteKind kind, String body, String createdBy, LocalDateTime createdAt) {
        this.customerId = customerId;
        this.kind = kind;
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }
}
