package com.market25.campaign.channel;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/** A saved template (MKT-05), detached from the database. */
public record TemplateView(long id, int version, String name, MessageChannel channel, String subject, String htmlBody,
        String textBody, Set<MergeField> fields, String updatedBy, LocalDateTime updatedAt) implements Serializable {

    /** The form of this template, to edit it. */
    public TemplateForm form() {
        return new TemplateForm(name, channel, subject, htmlBody, textBody);
    }
}
