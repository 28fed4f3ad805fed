-- Bench data set for the order screens (workload slips, SET-03): tops the order history up to
-- 1,000,000 slips with __N__ more orders and one payment each, spread over the two years before
-- today in Korea like orders.sql, over four branches (0010 … 0040) and every channel. Slip
-- numbers 0005000001 … (after the history layers 1 and 2 of orders.sql). Deterministic.
-- These slips carry no order lines and only a payment (the lists and the export read neither
-- lines nor history); the first 400,000 (orders.sql) have both. No slip is left unpaid (주문접수):
-- the expiry job would cancel it during the bench. Needs mall.sql and orders.sql first.

SET SESSION foreign_key_checks = 0, unique_checks = 0;
SET @today = DATE(UTC_TIMESTAMP() + INTERVAL 9 HOUR);
SET @start = TIMESTAMP(@today - INTERVAL 730 DAY);
SET @span = 730 * 86400 - 3600;
SET @base = (SELECT COALESCE(MAX(id), 0) FROM customer_order);

INSERT INTO customer_order (id, slip_no, member_id, status, channel, staff_login, branch_code, total_amount,
                            recipient_kind, recipient_name, recipient_phone, recipient_postal_code,
                            recipient_address, delivery_note, ordered_at, paid_at, delivery_instructed_at,
                            delivered_at, completed_at, version, checkout_key, payment_underway, cancelled_at)
SELECT @base + t.n, LPAD(5000000 + t.n, 10, '0'), 100001 + (t.n * 7919) % 100000, t.status,
       ELT(1 + t.n % 10, 'INTERNET', 'INTERNET', 'INTERNET', 'INTERNET', 'INTERNET', 'INTERNET', 'PHONE',
           'PHONE', 'DM', 'VISIT'),
       IF(t.n % 10 IN (6, 7), ELT(1 + t.n % 3, 'tm01', 'tm02', 'tm03'), 'WEB_MASTER'),
       ELT(1 + t.n % 4, '0010', '0020', '0030', '0040'),
       (1 + (t.n * 7919) % 300) * 5000,
       'HOME', '벤치 수령인', '010-0000-0000', '04524', '서울특별시 중구 세종대로 110', NULL,
       t.ordered_at, t.paid_at,
       IF(t.status IN ('DELIVERY_INSTRUCTED', 'DELIVERED', 'COMPLETED'), t.ordered_at + INTERVAL 1 DAY, NULL),
       IF(t.status IN ('DELIVERED', 'COMPLETED'), t.ordered_at + INTERVAL 3 DAY, NULL),
       IF(t.status = 'COMPLETED', t.ordered_at + INTERVAL 14 DAY, NULL),
       0, NULL, FALSE,
       IF(t.status = 'CANCELLED', t.paid_at + INTERVAL 1 HOUR, NULL)
FROM (SELECT o.n, o.ordered_at, o.ordered_at + INTERVAL (30 + o.n % 540) SECOND AS paid_at,
             CASE WHEN o.n % 50 = 11 THEN 'CANCELLED'
                  WHEN DATEDIFF(@today, o.ordered_at) > 14 THEN 'COMPLETED'
                  WHEN DATEDIFF(@today, o.ordered_at) > 7 THEN 'DELIVERED'
                  WHEN DATEDIFF(@today, o.ordered_at) > 3 THEN 'DELIVERY_INSTRUCTED'
                  ELSE 'PAID' END AS status
      FROM (SELECT s.seq AS n, @start + INTERVAL (s.seq * @span DIV __N__ + 3) SECOND AS ordered_at
            FROM seq_1_to___N__ s) o) t;

-- one payment per slip: 80 % card (company, installments, masked number, approval), 15 %
-- transfer, 5 % e-wallet; a cancelled slip's payment is CANCELLED
INSERT INTO payment (order_id, method, payer_name, card_company, installment_months, masked_card_no,
                     gateway_name, gateway_token, approval_no, amount, status, decline_code,
                     requested_at, authorized_at, completed_at, reference, request_key, cancelled_at,
                     ordered_at)
SELECT o.id, t.method, '벤치 결제자',
       IF(t.method = 'CARD', ELT(1 + o.id % 8, 'BC', 'KB', 'SAMSUNG', 'SHINHAN', 'HYUNDAI', 'LOTTE', 'HANA', 'NH'), NULL),
       IF(t.method = 'CARD', ELT(1 + o.id % 6, 0, 0, 0, 3, 6, 12), NULL),
       IF(t.method = 'CARD', '4111-11**-****-1111', NULL),
       IF(t.method = 'CARD', 'market25-sim', NULL),
       NULL,
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

SET SESSION foreign_key_checks = 1, unique_checks = 1;
ANALYZE TABLE customer_order, payment;
