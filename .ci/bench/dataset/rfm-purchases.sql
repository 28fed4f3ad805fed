-- One chunk of RFM bench purchases (workloads/rfm.sh): purchases __FROM__+1 … __FROM__+__COUNT__
-- of source __SOURCE__, spread over its __N__ customers (ids @first … @first+__N__-1) with a skew
-- (the square of a hash picks the customer, so low numbers buy more often, as real customers do),
-- dated in the __DAYS__ days before __LAST__, 1,000 to 200,000 won, 2% cancelled. A multiplicative
-- hash of the purchase number gives every value, so each run makes the same rows.
INSERT INTO purchase_history (customer_id, purchased_on, amount, quantity, source, source_ref, cancelled)
SELECT @first + FLOOR(__N__ * POW(((p.i * 2654435761) MOD 4294967296) / 4294967296, 2)),
       DATE_SUB('__LAST__', INTERVAL ((p.i * 40503) MOD 65521) MOD __DAYS__ DAY),
       1000 * (1 + ((p.i * 69069) MOD 1000003) MOD 200),
       1 + (p.i MOD 3),
       '__SOURCE__', CAST(p.i AS CHAR),
       (p.i * 7919) MOD 50 = 0
FROM (SELECT __FROM__ + s.seq AS i FROM seq_1_to___COUNT__ s) p;
