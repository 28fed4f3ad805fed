package com.market25.campaign.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A message template (MKT-05) as stored: written only through {@link TemplateDesk}, which checks
 * every part ({@link TemplateForm#check}) first, so a stored template never has an unknown merge
 * field. {@code merge_fields} lists the fields it uses, so a dispatch loads only what it needs.
 */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private int version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageChannel channel;

    private String subject;

    @Column(name = "html_body")
    private String htmlBody;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "merge_fields", nullable = false)
    private String mergeFields;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected MessageTemplate() {
    }

    MessageTemplate(MessageChannel channel, String staff, LocalDateTime now) {
        this.channel = channel;
        this.createdBy = staff;
        this.createdAt = now;
    }

    void apply(TemplateForm.Checked form, String staff, LocalDateTime now) {
        this.name = form.name();
        this.subject = form.subject();
        this.htmlBody = form.htmlBody();
        this.textBody = form.textBody();
        this.mergeFields = form.fields().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.updatedBy = staff;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public String getSubject() {
        return subject;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    /** The merge fields the template uses, as saved. */
    public Set<MergeField> fields() {
        Set<MergeField> fields = EnumSet.noneOf(MergeField.class);
        if (mergeFields != null && !mergeFields.isBlank()) {
            for (String f : mergeFields.split(",")) {
                fields.add(MergeField.valueOf(f));
            }
        }
        return fields;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The template as the screens and the API show it. */
    public TemplateView view() {
        return new TemplateView(id, version, name, channel, subject, htmlBody, textBody, fields(), updatedBy, updatedAt);
    }
}
