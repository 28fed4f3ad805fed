-- Issue 10 §2, after-sales (ORD-01, SHOP-07, BON-04): item states, per-item history, cancel /
-- return / exchange claims, refunds as records of their own, bonus used at checkout.

-- bonus_used: bonus the customer spent on the order at checkout (what is left to pay is the
-- total of the lines not cancelled minus the bonus not given back). bonus_returned: bonus given
-- back by cancels and returns so far. refunded_amount: money given back so far (card or bank).
ALTER TABLE customer_order
    ADD COLUMN bonus_used      DECIMAL(14,0) NOT NULL DEFAULT 0,
    ADD COLUMN bonus_returned  DECIMAL(14,0) NOT NULL DEFAULT 0,
    ADD COLUMN refunded_amount DECIMAL(14,0) NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_order_bonus CHECK (bonus_used >= 0 AND bonus_returned >= 0 AND bonus_returned <= bonus_used);

-- item_state: the item's own state (ItemState): the order's stages while it follows the order,
-- then 취소 / 반품 / 교환 states of its own. status keeps the order stage the line is at.
ALTER TABLE order_line
    ADD COLUMN item_state VARCHAR(20) NULL;
UPDATE order_line SET item_state = status WHERE item_state IS NULL;
ALTER TABLE order_line MODIFY item_state VARCHAR(20) NOT NULL;

-- every move of one item (a move of the whole order is in order_status_change)
CREATE TABLE order_line_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT       NOT NULL,
    line_no     INT          NOT NULL,
    from_state  VARCHAR(20)  NULL,
    to_state    VARCHAR(20)  NOT NULL,
    changed_by  VARCHAR(60)  NOT NULL,
    changed_at  DATETIME(3)  NOT NULL,
    claim_id    BIGINT       NULL,
    CONSTRAINT fk_line_change_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_line_change_order ON order_line_change (order_id, changed_at);

-- A cancel, return or exchange of some items of an order. request_key: the one-time id of the
-- form (or API call) that asked for it, so a double click finds it instead of asking twice.
CREATE TABLE after_sales_claim (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NOT NULL,
    kind             VARCHAR(10)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    request_key      VARCHAR(40)   NOT NULL,
    reason           VARCHAR(20)   NOT NULL,
    reason_text      VARCHAR(300)  NULL,
    amount           DECIMAL(14,0) NOT NULL,
    refund_method    VARCHAR(20)   NULL,
    bank_name        VARCHAR(40)   NULL,
    account_no       VARCHAR(30)   NULL,
    account_holder   VARCHAR(60)   NULL,
    requested_by     VARCHAR(60)   NOT NULL,
    requested_at     DATETIME(3)   NOT NULL,
    decided_by       VARCHAR(60)   NULL,
    decided_at       DATETIME(3)   NULL,
    decision_note    VARCHAR(300)  NULL,
    received_by      VARCHAR(60)   NULL,
    received_at      DATETIME(3)   NULL,
    closed_by        VARCHAR(60)   NULL,
    closed_at        DATETIME(3)   NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_claim_request_key UNIQUE (request_key),
    CONSTRAINT fk_claim_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_claim_order ON after_sales_claim (order_id);
-- the staff list: by status, newest first
CREATE INDEX ix_claim_status ON after_sales_claim (status, requested_at);
CREATE INDEX ix_claim_requested ON after_sales_claim (requested_at);

CREATE TABLE after_sales_claim_line (
    claim_id  BIGINT NOT NULL,
    line_no   INT    NOT NULL,
    PRIMARY KEY (claim_id, line_no),
    CONSTRAINT fk_claim_line_claim FOREIGN KEY (claim_id) REFERENCES after_sales_claim (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Money given back: one row per refund, never a changed payment. cancel_id is what the gateway
-- knows the (partial) cancel by, unique, so asking again cancels once. amount goes back to the
-- card or the bank account; bonus_amount goes back to the bonus ledger.
CREATE TABLE refund (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NOT NULL,
    claim_id         BIGINT        NOT NULL,
    payment_id       BIGINT        NULL,
    method           VARCHAR(20)   NOT NULL,
    amount           DECIMAL(14,0) NOT NULL,
    bonus_amount     DECIMAL(14,0) NOT NULL,
    reason           VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    cancel_id        VARCHAR(40)   NULL,
    gateway_result   VARCHAR(100)  NULL,
    bank_name        VARCHAR(40)   NULL,
    account_no       VARCHAR(30)   NULL,
    account_holder   VARCHAR(60)   NULL,
    requested_by     VARCHAR(60)   NOT NULL,
    requested_at     DATETIME(3)   NOT NULL,
    completed_by     VARCHAR(60)   NULL,
    completed_at     DATETIME(3)   NULL,
    CONSTRAINT uk_refund_claim UNIQUE (claim_id),
    CONSTRAINT uk_refund_cancel_id UNIQUE (cancel_id),
    CONSTRAINT fk_refund_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT fk_refund_claim FOREIGN KEY (claim_id) REFERENCES after_sales_claim (id),
    CONSTRAINT fk_refund_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT ck_refund_amounts CHECK (amount >= 0 AND bonus_amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_refund_order ON refund (order_id);
CREATE INDEX ix_refund_status ON refund (status, requested_at);

-- Bonus kinds grow (USED_BACK, DISCOUNT_BACK, SPONSOR_BACK); ref tells several entries of one
-- kind of one order apart (the refund they belong to), so each is still written once.
ALTER TABLE bonus_entry
    MODIFY kind VARCHAR(20) NOT NULL,
    ADD COLUMN ref VARCHAR(20) NOT NULL DEFAULT '',
    ADD CONSTRAINT uk_bonus_order_ref UNIQUE (order_id, member_id, kind, ref);
ALTER TABLE bonus_entry DROP INDEX uk_bonus_order;
