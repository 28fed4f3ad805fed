-- Triggers (MKT-09): rules on customer events that notify staff, add the customer to a campaign's
-- targets or send an SMS. trigger_firing is both the ledger that makes a rule fire at most once
-- per customer and period (its primary key) and the staff's notification list.
CREATE TABLE trigger_rule (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    -- FIRST_PURCHASE, LAPSED (no purchase for `days`), BIRTHDAY (in `days`), GRADE_CHANGE
    event        VARCHAR(20)  NOT NULL,
    days         INT          NULL,
    -- NOTIFY, ADD_TO_CAMPAIGN (campaign_id), SEND_SMS (template_id)
    action       VARCHAR(20)  NOT NULL,
    campaign_id  BIGINT       NULL,
    template_id  BIGINT       NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by   VARCHAR(60)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_trigger_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_trigger_template FOREIGN KEY (template_id) REFERENCES message_template (id),
    CONSTRAINT ck_trigger_days CHECK (days IS NULL OR days BETWEEN 0 AND 3650)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- period_key: ONCE (first purchase), the last purchase date (a lapse), the birthday's year, the
-- day of the grade change.
CREATE TABLE trigger_firing (
    rule_id      BIGINT       NOT NULL,
    customer_id  BIGINT       NOT NULL,
    period_key   VARCHAR(20)  NOT NULL,
    fired_at     DATETIME(3)  NOT NULL,
    run_id       VARCHAR(36)  NOT NULL,
    outcome      VARCHAR(30)  NULL,
    PRIMARY KEY (rule_id, customer_id, period_key),
    CONSTRAINT fk_trigger_firing_rule FOREIGN KEY (rule_id) REFERENCES trigger_rule (id),
    CONSTRAINT fk_trigger_firing_customer FOREIGN KEY (customer_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the notification list, newest first; one run's firings for their action
CREATE INDEX ix_trigger_firing_at ON trigger_firing (fired_at);
CREATE INDEX ix_trigger_firing_run ON trigger_firing (run_id);

-- The grade each customer had at the last evaluation, so the nightly run sees a change.
CREATE TABLE trigger_grade_seen (
    customer_id  BIGINT       NOT NULL PRIMARY KEY,
    grade        VARCHAR(20)  NOT NULL,
    seen_on      DATE         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
