-- The customer database (issue 8) keeps every customer in the member table: storefront members,
-- customers staff register, and prospects that came from imports. Only storefront members sign
-- in, so a customer without a login is allowed. An imported customer keeps the id it had in its
-- source file (external_id within external_source), which exports give back as customer_id.
ALTER TABLE member
    MODIFY login_id VARCHAR(30) NULL,
    ADD COLUMN origin          VARCHAR(20) NOT NULL DEFAULT 'SHOP' AFTER member_type,
    ADD COLUMN external_source VARCHAR(30) NULL AFTER origin,
    ADD COLUMN external_id     VARCHAR(40) NULL AFTER external_source,
    ADD CONSTRAINT uk_member_external UNIQUE (external_source, external_id);

-- A customer's purchase history, whatever its source: paid storefront and phone orders
-- (one row per order, written when the payment completes) and imported purchase logs. RFM and
-- segments read this table only; closings and bonus never do (they read customer_order).
-- source_ref makes every row idempotent: the slip number for a shop order, file hash + line
-- or invoice for an import.
CREATE TABLE purchase_history (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT        NOT NULL,
    purchased_on DATE          NOT NULL,
    amount       DECIMAL(14,0) NOT NULL,
    quantity     INT           NOT NULL,
    source       VARCHAR(20)   NOT NULL,
    source_ref   VARCHAR(80)   NOT NULL,
    cancelled    BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_purchase_source UNIQUE (source, source_ref),
    CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- RFM groups by customer up to a reference date; the 360 page lists one customer's purchases
CREATE INDEX ix_purchase_customer ON purchase_history (customer_id, purchased_on);

-- Orders paid before this table existed are history too.
INSERT INTO purchase_history (customer_id, purchased_on, amount, quantity, source, source_ref, cancelled)
SELECT o.member_id, DATE(o.paid_at), o.total_amount,
       (SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l WHERE l.order_id = o.id),
       'SHOP', o.slip_no, o.status = 'CANCELLED'
FROM customer_order o
WHERE o.paid_at IS NOT NULL;
