-- Campaign e-mail as a channel project (MKT-05, MKT-07): one row per mail to one customer,
-- written when the dispatch queues it, then claimed (SENDING) before the SMTP server is asked and
-- SENT once it accepted. A mail claimed by a server that was killed before the SMTP answer stays
-- SENDING: it may or may not have left, and it is never tried again (a customer gets a
-- project's mail at most once). Opens (pixel), clicks (signed links) and the one-click
-- unsubscribe are counted on the row, so the campaign's channel figures are one GROUP BY.
CREATE TABLE email_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id      BIGINT        NOT NULL,
    template_id      BIGINT        NOT NULL,
    -- the dispatch step's project (P{id}) and its key there, the customer: one mail per key
    source           VARCHAR(20)   NOT NULL,
    source_ref       VARCHAR(80)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    -- the address and the rendered subject as they were when the mail was made
    to_address       VARCHAR(120)  NULL,
    subject          VARCHAR(200)  NULL,
    -- why a mail was not sent (consent withdrawn before sending, refused by the SMTP server)
    detail           VARCHAR(200)  NULL,
    queued_by        VARCHAR(60)   NOT NULL,
    queued_at        DATETIME(3)   NOT NULL,
    claimed_at       DATETIME(3)   NULL,
    sent_at          DATETIME(3)   NULL,
    opened_at        DATETIME(3)   NULL,
    opens            INT           NOT NULL DEFAULT 0,
    clicked_at       DATETIME(3)   NULL,
    clicks           INT           NOT NULL DEFAULT 0,
    unsubscribed_at  DATETIME(3)   NULL,
    CONSTRAINT uk_email_source UNIQUE (source, source_ref),
    CONSTRAINT fk_email_customer FOREIGN KEY (customer_id) REFERENCES member (id),
    CONSTRAINT fk_email_template FOREIGN KEY (template_id) REFERENCES message_template (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the customer page's e-mail history, and a project's figures by status
CREATE INDEX ix_email_customer ON email_message (customer_id, queued_at);
CREATE INDEX ix_email_source_status ON email_message (source, status);
