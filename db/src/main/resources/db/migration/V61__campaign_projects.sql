-- Channel projects of a campaign (MKT-05, MKT-06): one message (e-mail, SMS/LMS, DM, phone call)
-- to the campaign's treatment group, with a template, a unit cost, an optional send time and a
-- throttle. project_recipient is the dispatch's ledger: one row per customer, written before
-- anything is queued, so a message can go to a customer once whatever is killed or redelivered
-- (the row's status moves QUEUED → SENT under a row lock).
CREATE TABLE campaign_project (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id          BIGINT        NOT NULL,
    channel              VARCHAR(10)   NOT NULL,
    name                 VARCHAR(100)  NOT NULL,
    template_id          BIGINT        NULL,
    unit_cost            DECIMAL(10,2) NOT NULL,
    send_at              DATETIME      NULL,
    -- messages per minute at most; NULL as fast as the channel goes
    throttle_per_minute  INT           NULL,
    status               VARCHAR(20)   NOT NULL,
    recipients           INT           NOT NULL DEFAULT 0,
    created_by           VARCHAR(60)   NOT NULL,
    created_at           DATETIME(3)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    CONSTRAINT fk_campaign_project FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_campaign_project ON campaign_project (campaign_id, channel);

CREATE TABLE project_recipient (
    project_id       BIGINT        NOT NULL,
    customer_id      BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    queued_at        DATETIME(3)   NULL,
    sent_at          DATETIME(3)   NULL,
    delivered_at     DATETIME(3)   NULL,
    opened_at        DATETIME(3)   NULL,
    clicked_at       DATETIME(3)   NULL,
    unsubscribed_at  DATETIME(3)   NULL,
    returned_at      DATETIME(3)   NULL,
    detail           VARCHAR(200)  NULL,
    PRIMARY KEY (project_id, customer_id),
    CONSTRAINT fk_project_recipient FOREIGN KEY (project_id) REFERENCES campaign_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the progress bar counts by status; the next batch is the first PENDING rows
CREATE INDEX ix_project_recipient_status ON project_recipient (project_id, status, customer_id);
