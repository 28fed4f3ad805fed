-- Campaigns that prove their worth (issue 9, MKT-03, MKT-04, MKT-07, MKT-08): a campaign plan with
-- its status and every step of it, the targets drawn into a treatment and a control group
-- (reproducibly: the seed is kept), the customers left out before the draw by reason, and the
-- figures frozen at close-out. docs/campaigns.md has the rules.

CREATE TABLE campaign (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                  VARCHAR(100)  NOT NULL,
    campaign_type         VARCHAR(20)   NOT NULL,
    owner                 VARCHAR(60)   NOT NULL,
    start_date            DATE          NOT NULL,
    end_date              DATE          NOT NULL,
    -- purchases from start_date to end_date + this many days count as responses
    response_window_days  INT           NOT NULL,
    budget                DECIMAL(14,0) NOT NULL,
    -- what a responding customer is worth beyond this purchase (future purchases), per customer
    residual_value        DECIMAL(14,0) NOT NULL,
    target_revenue        DECIMAL(16,0) NOT NULL,
    -- the channels the campaign uses, comma-separated (EMAIL,SMS,DM,PHONE): consent for each is
    -- required of every target
    channels              VARCHAR(40)   NOT NULL,
    -- run outside the system and recorded afterwards: dates may lie in the past, no approval
    recorded_after        BOOLEAN       NOT NULL DEFAULT FALSE,
    status                VARCHAR(20)   NOT NULL,
    control_ratio         DECIMAL(5,4)  NULL,
    split_seed            BIGINT        NULL,
    stratified            BOOLEAN       NOT NULL DEFAULT FALSE,
    targets_drawn_at      DATETIME(3)   NULL,
    closed_on             DATE          NULL,
    row_version           INT           NOT NULL DEFAULT 0,
    created_at            DATETIME(3)   NOT NULL,
    updated_by            VARCHAR(60)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    CONSTRAINT ck_campaign_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_campaign_window CHECK (response_window_days BETWEEN 0 AND 365)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the calendar reads campaigns overlapping a month
CREATE INDEX ix_campaign_dates ON campaign (start_date, end_date);

-- Every step: created, changed, approval asked, approved, rejected, targets drawn, started, closed.
CREATE TABLE campaign_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT        NOT NULL,
    action       VARCHAR(30)   NOT NULL,
    from_status  VARCHAR(20)   NULL,
    to_status    VARCHAR(20)   NOT NULL,
    done_by      VARCHAR(60)   NOT NULL,
    done_at      DATETIME(3)   NOT NULL,
    note         VARCHAR(500)  NULL,
    CONSTRAINT fk_campaign_event FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_campaign_event ON campaign_event (campaign_id, done_at);

-- One row per target customer. target_group TREATMENT gets the campaign's messages, CONTROL
-- gets nothing from it; both are measured. stratum is the RFM cell the draw was stratified by.
CREATE TABLE campaign_target (
    campaign_id   BIGINT       NOT NULL,
    customer_id   BIGINT       NOT NULL,
    target_group  VARCHAR(10)  NOT NULL,
    source        VARCHAR(20)  NOT NULL,
    stratum       SMALLINT     NULL,
    PRIMARY KEY (campaign_id, customer_id),
    CONSTRAINT fk_campaign_target FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_target_customer FOREIGN KEY (customer_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- a group's customers (dispatch, ROI), and a customer's campaigns (360 page, triggers)
CREATE INDEX ix_campaign_target_group ON campaign_target (campaign_id, target_group, customer_id);
CREATE INDEX ix_campaign_target_customer ON campaign_target (customer_id);

-- Customers the last draw left out, counted per reason.
CREATE TABLE campaign_exclusion (
    campaign_id  BIGINT       NOT NULL,
    reason       VARCHAR(30)  NOT NULL,
    customers    INT          NOT NULL,
    PRIMARY KEY (campaign_id, reason),
    CONSTRAINT fk_campaign_exclusion FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The ROI as it stood at close-out, kept so that later purchases, merges or erasures do not move a
-- closed campaign's figures: the channel cost, and per group and response the customers and
-- their revenue before and in the response window (with its sum of squares for the interval).
CREATE TABLE campaign_result (
    campaign_id  BIGINT        NOT NULL PRIMARY KEY,
    frozen_on    DATE          NOT NULL,
    frozen_by    VARCHAR(60)   NOT NULL,
    cost         DECIMAL(16,2) NOT NULL,
    messages     INT           NOT NULL,
    CONSTRAINT fk_campaign_result FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE campaign_result_group (
    campaign_id     BIGINT        NOT NULL,
    target_group    VARCHAR(10)   NOT NULL,
    responded       BOOLEAN       NOT NULL,
    customers       INT           NOT NULL,
    revenue_before  DECIMAL(18,0) NOT NULL,
    revenue_after   DECIMAL(18,0) NOT NULL,
    revenue_after_sq DECIMAL(36,0) NOT NULL,
    PRIMARY KEY (campaign_id, target_group, responded),
    CONSTRAINT fk_campaign_result_group FOREIGN KEY (campaign_id) REFERENCES campaign_result (campaign_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Returned mail (MEM-04) leaves a customer out of DM targets. The channel migration (V62) adds
-- the same column: IF NOT EXISTS lets either run first.
ALTER TABLE member ADD COLUMN IF NOT EXISTS mail_returned_at DATETIME NULL;
