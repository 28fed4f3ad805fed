-- INV-01 demo (demo mode only): three branch warehouses (지사), the demo products' stock in the
-- web-shop warehouse (taken from product.stock, as V68 does for an existing installation), stock
-- at the head office and the branches, and a few safety stocks (적정재고) so the alert list shows.

INSERT IGNORE INTO warehouse (code, name, kind, branch_code, created_at) VALUES
 ('GANGNAM', '서울 강남지사 창고', 'BRANCH', '0041', NOW(3)),
 ('BUSAN', '부산지사 창고', 'BRANCH', '0051', NOW(3)),
 ('DAEGU', '대구지사 창고', 'BRANCH', '0053', NOW(3));

INSERT IGNORE INTO stock_level (warehouse_id, product_id, on_hand, reserved, safety_stock, updated_at)
SELECT w.id, p.id, p.stock + COALESCE(r.quantity, 0), COALESCE(r.quantity, 0), 0, NOW(3)
  FROM product p
  JOIN warehouse w ON w.code = 'WEB'
  LEFT JOIN (SELECT l.product_id, SUM(l.quantity) AS quantity
               FROM order_line l JOIN customer_order o ON o.id = l.order_id
              WHERE o.status IN ('RECEIVED', 'PAID')
              GROUP BY l.product_id) r ON r.product_id = p.id;

-- the head office holds 100 of every demo product, each branch 10 (the bicycle none in 대구)
INSERT IGNORE INTO stock_level (warehouse_id, product_id, on_hand, reserved, safety_stock, updated_at)
SELECT w.id, p.id, CASE WHEN w.kind = 'HQ' THEN 100 WHEN w.code = 'DAEGU' AND p.code = '601071010112' THEN 0 ELSE 10 END,
       0, CASE WHEN w.kind = 'HQ' THEN 20 ELSE 5 END, NOW(3)
  FROM product p JOIN warehouse w ON w.code IN ('HQ', 'GANGNAM', 'BUSAN', 'DAEGU');

-- 적정재고 of the web shop: the computer set (10 left) and the bicycle (15 left) are below it
UPDATE stock_level s JOIN warehouse w ON w.id = s.warehouse_id AND w.code = 'WEB'
  JOIN product p ON p.id = s.product_id
   SET s.safety_stock = CASE p.code WHEN '121101010112' THEN 15 WHEN '601071010112' THEN 20 ELSE 5 END;

INSERT INTO stock_movement (warehouse_id, product_id, kind, quantity, on_hand_after, reserved_after, reason,
                            moved_by, moved_at)
SELECT s.warehouse_id, s.product_id, 'OPENING', s.on_hand, s.on_hand, s.reserved, '데모 기초재고', 'demo', NOW(3)
  FROM stock_level s
 WHERE s.on_hand > 0
   AND NOT EXISTS (SELECT 1 FROM stock_movement m WHERE m.warehouse_id = s.warehouse_id AND m.product_id = s.product_id);
