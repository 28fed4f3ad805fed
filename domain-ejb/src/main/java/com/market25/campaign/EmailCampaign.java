package com.market25.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An e-mail sent to a chosen audience (MKT-05); each delivery lands in contact history. The
 * subject is kept as sent, with "(광고)" in front ({@link AdvertisingMail#subject}).
 */
@Entity
@Table(name = "email_campaign")
public class EmailCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "target_count", nullable = false)
    private int targetCount;

    @Column(nullable = false)
    private String status;

    protected EmailCampaign() {
    }

    EmailCampaign(String subject, String body, String createdBy, int targetCount, LocalDateTime now) {
        this.subject = AdvertisingMail.subject(subject);
        this.body = body;
        this.createdBy = createdBy;
        this.targetCount = targetCount;
        this.createdAt = now;
        this.status = "QUEUED";
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    String createdBy() {
        return createdBy;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    int targetCount() {
        return targetCount;
    }
}
