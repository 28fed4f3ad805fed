-- Issue 10 §3 (SET-03): 결제별 / 전표별 주문관리 on 1,000,000 slips, and staff notes on an order.
--
-- What the screens ask the database (com.market25.ordering.SlipSearch, com.market25.payment.PaymentSearch):
--   page   : the slips (or payments) of an order-date range, newest first by default, 20 a page,
--            as a deferred join (the page's ids from an index, then those rows)
--   totals : count and 기간내 총액 of ALL matching rows (not the page), one statement
--   export : every matching row, streamed in the page's order
-- The default screen (this month, no other filter) and the year must answer in <= 300 ms on
-- 1,000,000 slips. Each index below is there for one of these reads; docs/orders.md says the same.

-- ix_order_period: the totals. count(*) and sum(total_amount) of a date range, with the status
-- (cancelled slips sold nothing), branch and channel filters, read from this index alone
-- (covering): a year of a million slips is ~460,000 index entries and no row lookups. It is not
-- used for the page order: ORDER BY ordered_at DESC, id DESC needs an index whose key ends in
-- (ordered_at, id), which ix_order_ordered (V1, ordered_at + the primary key) is and this one is not.
CREATE INDEX ix_order_period ON customer_order (ordered_at, status, branch_code, channel, total_amount);

-- ix_order_branch: 지사 filter. The branch's slips of the range in date order (+ id from the
-- primary key), so the first page of one branch reads 20 entries, not the whole range.
-- The status filter has ix_order_unpaid (status, ordered_at) from V10 for the same purpose,
-- the member filter ix_order_member (member_id, ordered_at) from V1.
CREATE INDEX ix_order_branch ON customer_order (branch_code, ordered_at);

-- payment by order: replaces ix_payment_order (order_id, status) with a covering one. The
-- payment screens drive from customer_order (the date range is the order date) and reach each
-- order's payments through this index; with method, status and amount in it the period total of
-- 결제별 주문관리 (sum of approved amounts) reads no payment rows. Still the index of the foreign key
-- fk_payment_order and of every "payments of this order" lookup (same leading column).
ALTER TABLE payment
    ADD INDEX ix_payment_order_cover (order_id, status, method, amount),
    DROP INDEX ix_payment_order;

-- Staff notes on an order (상담 메모), shown newest first on the staff order detail. A note is a
-- record of what staff knew and did: it is never edited or deleted.
CREATE TABLE order_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT        NOT NULL,
    body        VARCHAR(1000) NOT NULL,
    written_by  VARCHAR(60)   NOT NULL,
    written_at  DATETIME(3)   NOT NULL,
    CONSTRAINT fk_order_note_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the notes of one order, newest first
CREATE INDEX ix_order_note_order ON order_note (order_id, written_at, id);
