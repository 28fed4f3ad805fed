-- Demo: the payment gateway simulator as the shop's one registered gateway (card, e-wallet and
-- the virtual accounts of bank transfers),
-- and card-company promotions: interest-free months (무이자 할부) for BC, KB and SAMSUNG, and
-- 하나카드 allowing 2–6 months only.
INSERT INTO payment_gateway (name, endpoint_url, merchant_id, key_reference, preference, enabled, updated_at, updated_by)
VALUES ('simulator', 'simulator:', 'M25DEMO001', '', 1, TRUE, NOW(3), 'SYSTEM:demo');
INSERT INTO payment_gateway_method (gateway_id, method)
SELECT id, m.method FROM payment_gateway
  JOIN (SELECT 'CARD' AS method UNION ALL SELECT 'E_WALLET' UNION ALL SELECT 'BANK_TRANSFER') m
 WHERE name = 'simulator';

UPDATE installment_plan_month m JOIN installment_plan p ON p.id = m.plan_id
   SET m.interest_free = TRUE
 WHERE (p.card_company = 'BC' AND m.months IN (2, 3))
    OR (p.card_company = 'KB' AND m.months BETWEEN 2 AND 6)
    OR (p.card_company = 'SAMSUNG' AND m.months IN (2, 3));
DELETE m FROM installment_plan_month m JOIN installment_plan p ON p.id = m.plan_id
 WHERE p.card_company = 'HANA' AND m.months > 6;
