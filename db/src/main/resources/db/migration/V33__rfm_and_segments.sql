-- RFM (MKT-01, MKT-13) and segments (MKT-02), issue 8 sections 3 and 4. Every figure is read from
-- purchase_history (and its items); customer_order is never read here. docs/rfm.md has the rule.

-- V30 held a first, smaller model (customer lists as segments, one score table). It is replaced
-- here before any installation used it; its rows are derived data (purchase_history stays), so
-- they are dropped, not moved.
DROP TABLE IF EXISTS rfm_score;
DROP TABLE IF EXISTS rfm_snapshot;
DROP TABLE IF EXISTS customer_segment_member;
DROP TABLE IF EXISTS customer_segment;
DROP TABLE IF EXISTS customer_rfm_current;
DROP TABLE IF EXISTS rfm_grade_band;


-- What a purchase held, for segments by product and category. Storefront orders write one row per
-- order line when their payment completes; imports may add theirs. The catalog is joined only
-- when a segment asks for a category, so a product that left the catalog still counts by code.
CREATE TABLE purchase_item (
    purchase_id  BIGINT        NOT NULL,
    line_no      INT           NOT NULL,
    product_code VARCHAR(20)   NOT NULL,
    quantity     INT           NOT NULL,
    amount       DECIMAL(14,0) NOT NULL,
    PRIMARY KEY (purchase_id, line_no),
    CONSTRAINT fk_purchase_item FOREIGN KEY (purchase_id) REFERENCES purchase_history (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- "bought product X": from the product to the purchases
CREATE INDEX ix_purchase_item_product ON purchase_item (product_code, purchase_id);

INSERT INTO purchase_item (purchase_id, line_no, product_code, quantity, amount)
SELECT p.id, l.line_no, l.product_code, l.quantity, l.line_amount
FROM purchase_history p
JOIN customer_order o ON o.slip_no = p.source_ref
JOIN order_line l ON l.order_id = o.id
WHERE p.source = 'SHOP';

-- A customer's R/F/M as of now, kept at once by every paid or cancelled storefront order (MKT-13)
-- and rebuilt every night from purchase_history (which also picks up imports). Recency is not
-- stored: it is today minus last_purchase. The scores place the customer in the cells of the
-- last nightly run (rfm_boundary) until that run scores everyone again by NTILE.
CREATE TABLE rfm_customer_current (
    customer_id    BIGINT        NOT NULL PRIMARY KEY,
    first_purchase DATE          NOT NULL,
    last_purchase  DATE          NOT NULL,
    frequency      INT           NOT NULL,
    monetary       DECIMAL(16,0) NOT NULL,
    r              TINYINT       NULL,
    f              TINYINT       NULL,
    m              TINYINT       NULL,
    updated_at     DATETIME(3)   NOT NULL,
    CONSTRAINT fk_rfm_current_customer FOREIGN KEY (customer_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The lowest value of each score of the last nightly run (score 1 has none: everything below 2).
-- R is kept as the last purchase date, so it does not age between runs.
CREATE TABLE rfm_boundary (
    dimension    CHAR(1)       NOT NULL,
    score        TINYINT       NOT NULL,
    lower_bound  DECIMAL(16,0) NULL,
    lower_date   DATE          NULL,
    computed_on  DATE          NOT NULL,
    PRIMARY KEY (dimension, score)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Weights of R, F and M (one row; 100/10/1 makes the score read as the cell, e.g. 545)
CREATE TABLE rfm_setting (
    id        TINYINT     NOT NULL PRIMARY KEY,
    weight_r  INT         NOT NULL,
    weight_f  INT         NOT NULL,
    weight_m  INT         NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    changed_at DATETIME(3) NOT NULL,
    CONSTRAINT ck_rfm_weights CHECK (weight_r >= 0 AND weight_f >= 0 AND weight_m >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO rfm_setting VALUES (1, 100, 10, 1, 'system', NOW(3));

-- Grade bands on the weighted score: a customer gets the band with the highest min_score that
-- the score reaches. The admin edits them; a snapshot keeps the grade it gave.
CREATE TABLE rfm_grade (
    code       VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_ko    VARCHAR(40)  NOT NULL,
    name_en    VARCHAR(40)  NOT NULL,
    min_score  INT          NOT NULL,
    CONSTRAINT uk_rfm_grade_min UNIQUE (min_score)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO rfm_grade VALUES
 ('VIP',     'VIP',  'VIP',       500),
 ('GOOD',    '우수', 'Good',      400),
 ('REGULAR', '일반', 'Regular',   200),
 ('DORMANT', '휴면', 'Dormant',     0);

-- Saved segments (MKT-02): the rule as JSON (segment.SegmentRule), its owner, and its members as
-- of the last evaluation.
CREATE TABLE segment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    owner         VARCHAR(60)  NOT NULL,
    rule_json     TEXT         NOT NULL,
    origin        VARCHAR(20)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    evaluated_at  DATETIME(3)  NULL,
    member_count  INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE segment_member (
    segment_id   BIGINT NOT NULL,
    customer_id  BIGINT NOT NULL,
    PRIMARY KEY (segment_id, customer_id),
    CONSTRAINT fk_segment_member_segment FOREIGN KEY (segment_id) REFERENCES segment (id),
    CONSTRAINT fk_segment_member_customer FOREIGN KEY (customer_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every evaluation of a segment, with its date and size (on demand, nightly, at creation)
CREATE TABLE segment_evaluation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    segment_id    BIGINT       NOT NULL,
    evaluated_at  DATETIME(3)  NOT NULL,
    member_count  INT          NOT NULL,
    trigger_kind  VARCHAR(20)  NOT NULL,
    evaluated_by  VARCHAR(60)  NOT NULL,
    duration_ms   BIGINT       NOT NULL,
    CONSTRAINT fk_segment_evaluation FOREIGN KEY (segment_id) REFERENCES segment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_segment_evaluation ON segment_evaluation (segment_id, evaluated_at);

-- RFM snapshots (MKT-01): one per reference date and population, kept with the weights and grade
-- bands they were scored with.
CREATE TABLE rfm_snapshot (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference_date  DATE          NOT NULL,
    segment_id      BIGINT        NULL,
    weight_r        INT           NOT NULL,
    weight_f        INT           NOT NULL,
    weight_m        INT           NOT NULL,
    customers       INT           NOT NULL,
    monetary_total  DECIMAL(18,0) NOT NULL,
    created_by      VARCHAR(60)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    duration_ms     BIGINT        NOT NULL,
    CONSTRAINT fk_rfm_snapshot_segment FOREIGN KEY (segment_id) REFERENCES segment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_rfm_snapshot_date ON rfm_snapshot (reference_date);

-- One row per scored customer. No foreign keys: a snapshot of 1,000,000 customers is written by
-- one INSERT … SELECT, and checking two keys per row would double its time; the rows come from
-- purchase_history and member by construction.
CREATE TABLE rfm_snapshot_customer (
    snapshot_id   BIGINT        NOT NULL,
    customer_id   BIGINT        NOT NULL,
    recency_days  INT           NOT NULL,
    frequency     INT           NOT NULL,
    monetary      DECIMAL(16,0) NOT NULL,
    r             TINYINT       NOT NULL,
    f             TINYINT       NOT NULL,
    m             TINYINT       NOT NULL,
    cell          SMALLINT      NOT NULL,
    score         INT           NOT NULL,
    grade         VARCHAR(20)   NOT NULL,
    PRIMARY KEY (snapshot_id, customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the cross-tab groups by cell and a click lists one cell's customers
CREATE INDEX ix_rfm_snapshot_cell ON rfm_snapshot_customer (snapshot_id, cell);

-- Customers and revenue per cell of a snapshot, written with it: the cross-tab reads 125 rows
-- whatever the size of the snapshot.
CREATE TABLE rfm_snapshot_cell (
    snapshot_id  BIGINT        NOT NULL,
    cell         SMALLINT      NOT NULL,
    customers    INT           NOT NULL,
    monetary     DECIMAL(18,0) NOT NULL,
    -- one cell has one weighted score, so one grade
    grade        VARCHAR(20)   NOT NULL,
    PRIMARY KEY (snapshot_id, cell),
    CONSTRAINT fk_rfm_snapshot_cell FOREIGN KEY (snapshot_id) REFERENCES rfm_snapshot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The nightly job (cell boundaries, current scores, segments): one row per Korean day, claimed
-- before the work, so the persistent timer, the catch-up after a start and a second server run
-- a day once.
CREATE TABLE rfm_nightly_run (
    run_date     DATE         NOT NULL PRIMARY KEY,
    started_at   DATETIME(3)  NOT NULL,
    finished_at  DATETIME(3)  NULL,
    trigger_kind VARCHAR(20)  NOT NULL,
    customers    INT          NULL,
    segments     INT          NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the nightly job's claim of a day is decided under this row's lock
INSERT IGNORE INTO batch_lock (name) VALUES ('rfm-nightly');

-- The current R/F/M of customers who paid before this table existed.
INSERT INTO rfm_customer_current (customer_id, first_purchase, last_purchase, frequency, monetary, updated_at)
SELECT customer_id, MIN(purchased_on), MAX(purchased_on), COUNT(*), SUM(amount), NOW(3)
FROM purchase_history WHERE NOT cancelled GROUP BY customer_id;
