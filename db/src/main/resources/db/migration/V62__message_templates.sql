-- Channel building blocks of issue 9 (MKT-05, MKT-06, MEM-04): message templates with merge
-- fields, the returned-mail flag on the customer's address, and who recorded a contact.

-- A message template (MKT-05) for one channel: e-mail (subject, HTML and text parts), SMS/LMS
-- (text), DM (text of the letter) or phone (the telemarketer's script, text). Merge fields are
-- written {{이름}} / {{name}} and checked when the template is saved (campaign.channel.MergeField);
-- merge_fields lists the ones used, so a dispatch loads only what the template needs.
CREATE TABLE message_template (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    channel       VARCHAR(10)  NOT NULL,
    subject       VARCHAR(200) NULL,
    html_body     MEDIUMTEXT   NULL,
    text_body     TEXT         NULL,
    merge_fields  VARCHAR(100) NOT NULL DEFAULT '',
    row_version   INT          NOT NULL DEFAULT 0,
    created_by    VARCHAR(60)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_by    VARCHAR(60)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    CONSTRAINT uk_message_template_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_message_template_channel ON message_template (channel, name);

-- Returned mail (MEM-04): when a DM came back undeliverable. DM targets leave flagged customers
-- out; a change of the customer's address clears it. The campaign migration (V60) may add the
-- same column: IF NOT EXISTS lets either run first.
ALTER TABLE member ADD COLUMN IF NOT EXISTS mail_returned_at DATETIME NULL;

-- Contacts staff record on a channel (a returned DM scanned in, a telemarketer's call) say who
-- recorded them; campaign mails leave it empty (the campaign says who sent them).
ALTER TABLE contact_history ADD COLUMN IF NOT EXISTS recorded_by VARCHAR(60) NULL;
-- the DM page lists the newest returned letters among every contact
CREATE INDEX ix_contact_channel_outcome ON contact_history (channel, outcome, id);
