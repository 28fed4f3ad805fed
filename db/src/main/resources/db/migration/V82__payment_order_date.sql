-- Issue 10 §5 (SET-03): the period total of 결제별 주문관리 over a whole year on 1,000,000 slips.
--
-- The screen's period is the ORDER date. Driven from customer_order (ix_order_period) the total of
-- a year reached each order's payments through ix_payment_order_cover (V72): one index lookup per
-- order, ~460,000 of them, 700+ ms. With the order's date copied onto its payments the total of a
-- period with no other order-side filter is one range of the index below, read alone (covering:
-- status and method for the filters and the approved sum, amount for the sum).
--
-- payment.ordered_at is customer_order.ordered_at of the payment's order, written when the payment
-- row is created (com.market25.payment.Payment takes it from its order) and never changed: an
-- order's date is set once when it is placed. NOT NULL without a default, so a writer that forgets
-- it fails instead of leaving a payment outside every period. PaymentSearch uses it only when the
-- period is the only order-side filter; with a status, 지사, 주문경로, 취소/반품 or member filter it
-- still reads customer_order, where those columns live (docs/orders.md).
ALTER TABLE payment ADD COLUMN ordered_at DATETIME(3) NULL;

-- The backfill reads every order: at a deploy the application's own jobs may hold a few order rows
-- for a moment, so it waits for them (10 minutes at most) instead of the installation's 15 s lock
-- wait (a first deploy on a copy of real data failed there).
SET STATEMENT innodb_lock_wait_timeout = 600 FOR
UPDATE payment p JOIN customer_order o ON o.id = p.order_id SET p.ordered_at = o.ordered_at;

ALTER TABLE payment
    MODIFY ordered_at DATETIME(3) NOT NULL,
    ADD INDEX ix_payment_ordered (ordered_at, status, method, amount);
