-- RFM (MKT-01, MKT-13). Purchases come from purchase_history only (V21).

-- The customer's current recency/frequency/monetary, moved by every paid order at once (MKT-13)
-- and rebuilt from purchase_history by the nightly job (imports add history in bulk).
CREATE TABLE customer_rfm_current (
    customer_id    BIGINT        PRIMARY KEY,
    first_purchase DATE          NOT NULL,
    last_purchase  DATE          NOT NULL,
    frequency      INT           NOT NULL,
    monetary       DECIMAL(16,0) NOT NULL,
    updated_at     DATETIME(3)   NOT NULL,
    CONSTRAINT fk_rfm_current_customer FOREIGN KEY (customer_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Saved segments (MKT-02): for now customer lists, made from an RFM cell or given as ids.
CREATE TABLE customer_segment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    owner         VARCHAR(60)  NOT NULL,
    definition    VARCHAR(2000) NOT NULL,
    customers     INT          NOT NULL DEFAULT 0,
    evaluated_at  DATETIME(3)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_segment_member (
    segment_id  BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    PRIMARY KEY (segment_id, customer_id),
    CONSTRAINT fk_segment_member_segment FOREIGN KEY (segment_id) REFERENCES customer_segment (id),
    CONSTRAINT fk_segment_member_customer FOREIGN KEY (customer_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A snapshot for a reference date over all customers or one segment, with the weights it used.
CREATE TABLE rfm_snapshot (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference_date DATE         NOT NULL,
    segment_id     BIGINT       NULL,
    kind           VARCHAR(10)  NOT NULL,
    weight_r       INT          NOT NULL,
    weight_f       INT          NOT NULL,
    weight_m       INT          NOT NULL,
    customers      INT          NOT NULL DEFAULT 0,
    cells          INT          NOT NULL DEFAULT 0,
    duration_ms    BIGINT       NOT NULL DEFAULT 0,
    created_by     VARCHAR(60)  NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    -- the nightly snapshot of a day exists once, whichever server took it
    nightly_date   DATE         NULL,
    CONSTRAINT uk_rfm_nightly UNIQUE (nightly_date),
    CONSTRAINT fk_rfm_snapshot_segment FOREIGN KEY (segment_id) REFERENCES customer_segment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_rfm_snapshot_date ON rfm_snapshot (reference_date, id);

-- One row per scored customer of a snapshot. customer_number is the member number the NTILE
-- order breaks ties with; value = r*weight_r + f*weight_f + m*weight_m.
CREATE TABLE rfm_score (
    snapshot_id     BIGINT        NOT NULL,
    customer_id     BIGINT        NOT NULL,
    customer_number VARCHAR(20)   NOT NULL,
    recency_days    INT           NOT NULL,
    frequency       INT           NOT NULL,
    monetary        DECIMAL(16,0) NOT NULL,
    r               TINYINT       NOT NULL,
    f               TINYINT       NOT NULL,
    m               TINYINT       NOT NULL,
    cell            SMALLINT      NOT NULL,
    value           INT           NOT NULL,
    PRIMARY KEY (snapshot_id, customer_id),
    CONSTRAINT fk_rfm_score_snapshot FOREIGN KEY (snapshot_id) REFERENCES rfm_snapshot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the cross-tab groups a snapshot by cell; a cell click lists its customers
CREATE INDEX ix_rfm_score_cell ON rfm_score (snapshot_id, cell);

-- Grades by customer value, set by the administrator: a customer gets the band whose
-- min_value is the highest not above the value.
CREATE TABLE rfm_grade_band (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    name      VARCHAR(30) NOT NULL,
    min_value INT         NOT NULL,
    CONSTRAINT uk_rfm_grade_min UNIQUE (min_value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO rfm_grade_band (name, min_value) VALUES ('VIP', 455), ('우수', 333), ('일반', 222), ('휴면', 0);

INSERT INTO batch_lock (name) VALUES ('rfm-nightly');

-- Customers with purchases before this table existed.
INSERT INTO customer_rfm_current (customer_id, first_purchase, last_purchase, frequency, monetary, updated_at)
SELECT customer_id, MIN(purchased_on), MAX(purchased_on), COUNT(*), SUM(amount), NOW(3)
FROM purchase_history WHERE NOT cancelled GROUP BY customer_id;
