-- Bench data set, part 2: one layer of order history, 400,000 orders with 1,000,000 order
-- lines (1..4 lines each, 2.5 on average) over the two years before today in Korea, with their
-- card / transfer payments, status history and bonus credits, as the application writes them.
-- The settlement workload loads a second layer (@layer = 2) to show how closing grows with
-- 2,000,000 lines. Set @layer before sourcing this file. Needs mall.sql first.
--
-- Consistency the closing relies on: every order but the cancelled ones (1 in 50) was paid
-- within ten minutes of ordering; its payment is APPROVED with completed_at = paid_at; a
-- cancelled order's payment is CANCELLED. Orders older than 14 days are COMPLETED and carry
-- unsettled bonus credits (the nightly settlement settles them); younger ones are on their way.
-- No order is left unpaid (주문접수): the expiry job would cancel it during the bench.
-- Nothing is closed yet: daily_closing and settlement_run stay as they were.

SET SESSION foreign_key_checks = 0, unique_checks = 0;
-- the GROUP BYs below stay in memory instead of spilling to temporary files in /tmp
SET SESSION tmp_table_size = 268435456, max_heap_table_size = 268435456;
SET @today = DATE(UTC_TIMESTAMP() + INTERVAL 9 HOUR);
SET @start = TIMESTAMP(@today - INTERVAL 730 DAY);
-- the last order is paid (at most 10 minutes later) before today begins in Korea
SET @span = 730 * 86400 - 3600;
SET @base = (SELECT COALESCE(MAX(id), 0) FROM customer_order);

INSERT INTO customer_order (id, slip_no, member_id, status, channel, staff_login, branch_code, total_amount,
                            recipient_kind, recipient_name, recipient_phone, recipient_postal_code,
                            recipient_address, delivery_note, ordered_at, paid_at, delivery_instructed_at,
                            delivered_at, completed_at, version, checkout_key, payment_underway, cancelled_at)
SELECT @base + t.n, LPAD(@layer * 1000000 + t.n, 10, '0'), m.id, t.status,
       ELT(1 + t.n % 10, 'INTERNET', 'INTERNET', 'INTERNET', 'INTERNET', 'INTERNET', 'INTERNET', 'INTERNET',
           'PHONE', 'PHONE', 'VISIT'),
       'WEB_MASTER', '0040', 0,
       'HOME', m.name, m.phone, m.postal_code, m.address, NULL,
       t.ordered_at,
       t.paid_at,
       IF(t.status IN ('DELIVERY_INSTRUCTED', 'DELIVERED', 'COMPLETED'), t.ordered_at + INTERVAL 1 DAY, NULL),
       IF(t.status IN ('DELIVERED', 'COMPLETED'), t.ordered_at + INTERVAL 3 DAY, NULL),
       IF(t.status = 'COMPLETED', t.ordered_at + INTERVAL 14 DAY, NULL),
       0, NULL, FALSE,
       IF(t.status = 'CANCELLED', t.paid_at + INTERVAL 1 HOUR, NULL)
FROM (SELECT o.n, o.ordered_at, o.ordered_at + INTERVAL (30 + o.n % 540) SECOND AS paid_at,
             CASE WHEN o.n % 50 = 7 THEN 'CANCELLED'
                  WHEN DATEDIFF(@today, o.ordered_at) > 14 THEN 'COMPLETED'
                  WHEN DATEDIFF(@today, o.ordered_at) > 7 THEN 'DELIVERED'
                  WHEN DATEDIFF(@today, o.ordered_at) > 3 THEN 'DELIVERY_INSTRUCTED'
                  ELSE 'PAID' END AS status
      FROM (SELECT s.seq AS n,
                   @start + INTERVAL (s.seq * @span DIV 400000 - 1 + @layer * 7) SECOND AS ordered_at
            FROM seq_1_to_400000 s) o) t
JOIN member m ON m.id = 100001 + (t.n * 7919 + @layer * 13) % 100000;

INSERT INTO order_line (order_id, line_no, product_id, product_code, product_name, quantity, unit_price,
                        line_amount, discount_bonus, sponsor_bonus, status, item_state)
SELECT o.id, k.seq, p.id, p.code, p.name, 1 + (o.id + k.seq) % 3, p.sale_price,
       p.sale_price * (1 + (o.id + k.seq) % 3),
       p.discount_bonus * (1 + (o.id + k.seq) % 3),
       p.sponsor_bonus * (1 + (o.id + k.seq) % 3),
       o.status, o.status
FROM customer_order o
JOIN seq_1_to_4 k ON k.seq <= 1 + (o.id - @base) % 4
JOIN product p ON p.id = 1001 + ((o.id - @base) * 31 + k.seq * 977) % 10000
WHERE o.id > @base;

-- per-order sums, read once in the order of the (order_id, line_no) key, for the totals and bonus
CREATE TEMPORARY TABLE bench_order_sum (
    order_id BIGINT PRIMARY KEY, total DECIMAL(14,0), discount DECIMAL(14,0), sponsor DECIMAL(14,0)
) ENGINE=InnoDB;
INSERT INTO bench_order_sum
SELECT order_id, SUM(line_amount), SUM(discount_bonus), SUM(sponsor_bonus)
FROM order_line WHERE order_id > @base GROUP BY order_id;

UPDATE customer_order o JOIN bench_order_sum s ON s.order_id = o.id SET o.total_amount = s.total;

-- 80 % card (through the gateway, with its reference <slip>-1), 15 % transfer, 5 % e-wallet
INSERT INTO payment (order_id, method, payer_name, card_company, installment_months, masked_card_no,
                     gateway_name, gateway_token, approval_no, amount, status, decline_code,
                     requested_at, authorized_at, completed_at, reference, request_key, cancelled_at,
                     ordered_at)
SELECT o.id, t.method, o.recipient_name,
       IF(t.method = 'CARD', ELT(1 + o.id % 8, 'BC', 'KB', 'SAMSUNG', 'SHINHAN', 'HYUNDAI', 'LOTTE', 'HANA', 'NH'), NULL),
       IF(t.method = 'CARD', 0, NULL),
       IF(t.method = 'CARD', '4111-11**-****-1111', NULL),
       IF(t.method = 'CARD', 'market25-sim', NULL),
       IF(t.method = 'CARD', CONCAT('tok_', LPAD(HEX(o.id), 24, '0')), NULL),
       IF(t.method = 'CARD', LPAD(o.id * 7919 % 100000000, 8, '0'), NULL),
       o.total_amount,
       IF(o.status = 'CANCELLED', 'CANCELLED', 'APPROVED'),
       NULL,
       o.paid_at - INTERVAL 5 SECOND,
       IF(t.method = 'CARD', o.paid_at - INTERVAL 4 SECOND, NULL),
       o.paid_at,
       IF(t.method = 'CARD', CONCAT(o.slip_no, '-1'), NULL),
       NULL,
       o.cancelled_at,
       o.ordered_at
FROM customer_order o
JOIN (SELECT id, IF(id % 20 < 16, 'CARD', IF(id % 20 < 19, 'BANK_TRANSFER', 'E_WALLET')) AS method
      FROM customer_order WHERE id > @base) t ON t.id = o.id;

-- the history an order page shows: 주문접수 → 입금완료 → … up to the order's status
INSERT INTO order_status_change (order_id, from_status, to_status, changed_by, changed_at)
SELECT o.id,
       IF(k.seq = 1, NULL, ELT(k.seq - 1, 'RECEIVED', 'PAID', 'DELIVERY_INSTRUCTED', 'DELIVERED')),
       IF(o.status = 'CANCELLED' AND k.seq = 3, 'CANCELLED',
          ELT(k.seq, 'RECEIVED', 'PAID', 'DELIVERY_INSTRUCTED', 'DELIVERED', 'COMPLETED')),
       ELT(k.seq, o.staff_login, 'PG:market25-sim', 'admin', 'admin', 'admin'),
       ELT(k.seq, o.ordered_at, o.paid_at, IFNULL(o.delivery_instructed_at, o.cancelled_at), o.delivered_at,
           o.completed_at)
FROM customer_order o
JOIN seq_1_to_5 k ON k.seq <= CASE o.status WHEN 'PAID' THEN 2 WHEN 'CANCELLED' THEN 3
                                            WHEN 'DELIVERY_INSTRUCTED' THEN 3 WHEN 'DELIVERED' THEN 4 ELSE 5 END
WHERE o.id > @base;

-- bonus credits of completed orders, as BonusLedger.credit writes them: the buyer's discount
-- bonus, the upper member's sponsor bonus; unsettled until a closing settles them
INSERT INTO bonus_entry (member_id, order_id, kind, amount, earned_on, settled, settled_on, created_at)
SELECT STRAIGHT_JOIN o.member_id, o.id, 'DISCOUNT', s.discount, DATE(o.completed_at), FALSE, NULL, o.completed_at
FROM bench_order_sum s JOIN customer_order o ON o.id = s.order_id
WHERE o.status = 'COMPLETED' AND s.discount > 0;

INSERT INTO bonus_entry (member_id, order_id, kind, amount, earned_on, settled, settled_on, created_at)
SELECT STRAIGHT_JOIN m.upper_member_id, o.id, 'SPONSOR', s.sponsor, DATE(o.completed_at), FALSE, NULL, o.completed_at
FROM bench_order_sum s JOIN customer_order o ON o.id = s.order_id JOIN member m ON m.id = o.member_id
WHERE o.status = 'COMPLETED' AND s.sponsor > 0 AND m.upper_member_id IS NOT NULL;

DROP TEMPORARY TABLE bench_order_sum;

-- new orders get slip numbers after every bench layer
ALTER SEQUENCE slip_no_seq RESTART WITH 9000000;

SET SESSION foreign_key_checks = 1, unique_checks = 1;
ANALYZE TABLE product, member, customer_order, order_line, payment, order_status_change, bonus_entry;
