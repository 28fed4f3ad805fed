-- Closing a period (SET-04): staff close a range of business days in one background job instead
-- of one request per day. The job keeps its progress with each day's closing (same transaction),
-- so after a crash it resumes at next_day and never closes a day twice in its counts.
CREATE TABLE settlement_period (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    first_day        DATE          NOT NULL,
    last_day         DATE          NOT NULL,
    next_day         DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    days_total       INT           NOT NULL,
    days_done        INT           NOT NULL DEFAULT 0,
    orders_closed    INT           NOT NULL DEFAULT 0,
    amount_closed    DECIMAL(16,0) NOT NULL DEFAULT 0,
    bonus_settled    INT           NOT NULL DEFAULT 0,
    started_by       VARCHAR(60)   NOT NULL,
    started_at       DATETIME(3)   NOT NULL,
    heartbeat_at     DATETIME(3)   NOT NULL,
    finished_at      DATETIME(3)   NULL,
    cancel_requested BOOLEAN       NOT NULL DEFAULT FALSE,
    resumed          INT           NOT NULL DEFAULT 0,
    message          VARCHAR(300)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the screen shows the newest jobs; the start-up resumes the running ones
CREATE INDEX ix_period_status ON settlement_period (status, id);

-- which period job closed a day (null: the nightly run, a catch-up or one day by hand)
ALTER TABLE settlement_run ADD COLUMN period_id BIGINT NULL,
    ADD CONSTRAINT fk_run_period FOREIGN KEY (period_id) REFERENCES settlement_period (id);
