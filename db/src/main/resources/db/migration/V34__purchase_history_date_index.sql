-- RFM reads, per customer, the date, the cancelled flag and the amount of every purchase
-- (snapshots and the nightly rebuild over everyone, MKT-13's refresh of one customer). V31 put
-- these four columns in one customer index; it keeps the customer index's name, which the
-- snapshot SQL names in its index hint (rfm.RfmSql).
ALTER TABLE purchase_history RENAME INDEX ix_purchase_rfm TO ix_purchase_customer;
-- A snapshot for an early reference date reads only the purchases up to that date: with this
-- covering index MariaDB reads that range alone instead of walking all of ix_purchase_customer
-- (a CDNOW-sized snapshot in a database that also holds 10,000,000 later purchases: 1.5 s → see
-- docs/performance.md). Snapshots of recent dates still walk the customer index (no sort).
CREATE INDEX ix_purchase_date ON purchase_history (purchased_on, customer_id, cancelled, amount);
