-- Issue 6, payments and stock: idempotent checkout, unpaid orders that give their stock back,
-- card payments that are never lost or left dangling at the gateway.

-- checkout_key: the one-time id of the checkout form that took the order, so a double submit
-- finds the order instead of taking a second one. payment_underway: set while a payment of the
-- order is between request and outcome; an order with a payment underway neither expires nor can
-- be cancelled. cancelled_at: when the order became 주문취소.
ALTER TABLE customer_order
    ADD COLUMN checkout_key     VARCHAR(40) NULL,
    ADD COLUMN payment_underway BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN cancelled_at     DATETIME(3) NULL,
    ADD CONSTRAINT uk_order_checkout_key UNIQUE (checkout_key);
-- the expiry job looks for 주문접수 orders older than the deadline
CREATE INDEX ix_order_unpaid ON customer_order (status, ordered_at);

-- reference: what the gateway knows this attempt by (<slip>-<attempt>), unique so that the same
-- attempt can be asked about or cancelled but never approved twice. request_key: the one-time id
-- of the form that asked for this attempt, so a replayed pay-again form finds it.
ALTER TABLE payment
    ADD COLUMN reference    VARCHAR(40) NULL,
    ADD COLUMN request_key  VARCHAR(40) NULL,
    ADD COLUMN cancelled_at DATETIME(3) NULL,
    ADD CONSTRAINT uk_payment_reference UNIQUE (reference),
    ADD CONSTRAINT uk_payment_request_key UNIQUE (request_key);
-- the reconciliation job looks for payments left open (REQUESTED, AUTHORIZED, CANCELLING)
CREATE INDEX ix_payment_open ON payment (status, requested_at);
-- pay-again counts an order's attempts of the last hour
CREATE INDEX ix_payment_attempts ON payment (order_id, requested_at);

-- Payments made before this version were sent to the gateway under the slip number; an open one
-- (at most one per order then) keeps that reference so the reconciliation can still ask about it.
UPDATE payment p JOIN customer_order o ON o.id = p.order_id
   SET p.reference = o.slip_no
 WHERE p.reference IS NULL AND p.status IN ('REQUESTED', 'AUTHORIZED');

-- What the reconciliation (and the checkout's own net cancel) did about an open payment: one row
-- per decision, shown on the admin screen 결제 대사 / 미확정 결제.
CREATE TABLE payment_reconciliation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    payment_id     BIGINT       NOT NULL,
    checked_at     DATETIME(3)  NOT NULL,
    checked_by     VARCHAR(60)  NOT NULL,
    found_status   VARCHAR(20)  NOT NULL,
    gateway_state  VARCHAR(20)  NULL,
    action         VARCHAR(20)  NOT NULL,
    detail         VARCHAR(300) NULL,
    CONSTRAINT fk_reconciliation_payment FOREIGN KEY (payment_id) REFERENCES payment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_reconciliation_checked ON payment_reconciliation (checked_at);
CREATE INDEX ix_reconciliation_payment ON payment_reconciliation (payment_id, checked_at);

-- held FOR UPDATE by the two jobs, so that two servers take turns
INSERT INTO batch_lock (name) VALUES ('order-expiry'), ('payment-reconciliation');
