-- When a product row last changed, whoever changed it (the shop, staff, SQL by hand): the
-- storefront keeps product pages and checks this stamp, one primary-key read, before it shows a
-- kept page again, so a change made outside the shop shows within a second without making the
-- page anew for every visitor.
ALTER TABLE product
    ADD COLUMN changed_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);
