-- When a product row last changed, whoever changed it (the shop, staff, SQL by hand, another
-- server): the database moves the stamp on every update. The storefront reads the products
-- changed in the last seconds twice a second (CatalogChanges) and makes their kept pages again,
-- so a change made outside the shop shows within a second without a query per page view.
ALTER TABLE product
    ADD COLUMN changed_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);
CREATE INDEX ix_product_changed ON product (changed_at);
