-- SMS and LMS (MKT-06): one row per message handed to the SMS gateway, with the delivery report
-- the gateway answers later on market25.sms.reports. Messages travel on market25.sms.outbound in
-- batches (one JMS message names up to 500 rows), so 100,000 texts are 200 messages, not 100,000. The report is recorded once: a redelivered
-- or repeated report finds reported_at set and changes nothing (campaign.channel.SmsReports).
CREATE TABLE sms_message (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- the customer the message was for; NULL for a test message to a staff member's phone
    customer_id  BIGINT        NULL,
    -- digits only, as the gateway takes them
    phone        VARCHAR(20)   NOT NULL,
    -- at most 2,000 EUC-KR bytes (LMS), so at most 2,000 characters
    body         VARCHAR(2000) NOT NULL,
    kind         VARCHAR(3)    NOT NULL,
    bytes        INT           NOT NULL,
    -- the price of one message of this kind when it was queued; a gateway charges delivered ones
    unit_cost    DECIMAL(8,2)  NOT NULL,
    -- what sent it (TEST, or the dispatch step's project) and its key there: one message per key
    source       VARCHAR(20)   NOT NULL,
    source_ref   VARCHAR(80)   NOT NULL,
    gateway      VARCHAR(30)   NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    queued_by    VARCHAR(60)   NOT NULL,
    queued_at    DATETIME(3)   NOT NULL,
    -- when the outbound listener handed it to the gateway: a second copy of the outbound message
    -- (two dispatches racing on one key, a redelivery) finds it set and submits nothing
    submitted_at DATETIME(3)   NULL,
    report_ref   VARCHAR(80)   NULL,
    reported_at  DATETIME(3)   NULL,
    CONSTRAINT uk_sms_source UNIQUE (source, source_ref),
    CONSTRAINT fk_sms_customer FOREIGN KEY (customer_id) REFERENCES member (id),
    CONSTRAINT ck_sms_bytes CHECK (bytes BETWEEN 0 AND 2000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sms_customer ON sms_message (customer_id, queued_at);
-- the newest messages first (the test-send list), and a source's tally by status
CREATE INDEX ix_sms_queued ON sms_message (queued_at);
CREATE INDEX ix_sms_source_status ON sms_message (source, status);
