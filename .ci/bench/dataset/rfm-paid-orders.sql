-- MKT-13 bench (workloads/rfm.sh): rfm_bench_orders(first, n) runs what a paid storefront order adds
-- to its payment transaction, 1,000 times, one transaction each: the purchase_history row (guarded
-- by its source and reference), its item, and the customer's current R/F/M recomputed from their
-- history and placed in the last nightly boundaries. The same statements as rfm.PurchaseBook.record
-- and rfm.RfmSql.refreshCustomer; keep them in step.
DROP PROCEDURE IF EXISTS rfm_bench_orders;
DELIMITER //
CREATE PROCEDURE rfm_bench_orders(first BIGINT, n INT)
BEGIN
  DECLARE k INT DEFAULT 0;
  DECLARE c BIGINT;
  DECLARE ref VARCHAR(80);
  WHILE k < 1000 DO
    SET c = first + (k * 7919) MOD n;
    SET ref = CONCAT(UNIX_TIMESTAMP(NOW(6)), '-', k);
    START TRANSACTION;
    INSERT INTO purchase_history (customer_id, purchased_on, amount, quantity, source, source_ref, cancelled)
      SELECT c, CURDATE(), 50000, 1, 'BENCHMKT13', ref, FALSE FROM DUAL
      WHERE NOT EXISTS (SELECT 1 FROM purchase_history WHERE source = 'BENCHMKT13' AND source_ref = ref);
    INSERT INTO purchase_item (purchase_id, line_no, product_code, quantity, amount)
      VALUES (LAST_INSERT_ID(), 1, 'BENCH', 1, 50000);
    INSERT INTO rfm_customer_current (customer_id, first_purchase, last_purchase, frequency, monetary, r, f, m, updated_at)
      SELECT a.customer_id, a.first_p, a.last_p, a.freq, a.mon,
        COALESCE((SELECT MAX(b.score) FROM rfm_boundary b WHERE b.dimension = 'R' AND b.lower_date <= a.last_p), 1),
        COALESCE((SELECT MAX(b.score) FROM rfm_boundary b WHERE b.dimension = 'F' AND b.lower_bound <= a.freq), 1),
        COALESCE((SELECT MAX(b.score) FROM rfm_boundary b WHERE b.dimension = 'M' AND b.lower_bound <= a.mon), 1),
        NOW(3)
      FROM (SELECT c AS customer_id, MIN(purchased_on) AS first_p, MAX(purchased_on) AS last_p,
              COUNT(*) AS freq, SUM(amount) AS mon
            FROM purchase_history WHERE customer_id = c AND cancelled = FALSE) a
      WHERE a.freq > 0
      ON DUPLICATE KEY UPDATE first_purchase = VALUES(first_purchase), last_purchase = VALUES(last_purchase),
        frequency = VALUES(frequency), monetary = VALUES(monetary), r = VALUES(r), f = VALUES(f), m = VALUES(m),
        updated_at = VALUES(updated_at);
    COMMIT;
    SET k = k + 1;
  END WHILE;
END //
DELIMITER ;
