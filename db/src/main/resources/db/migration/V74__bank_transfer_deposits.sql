-- Bank transfer (무통장입금) by virtual account (PAY-01, PAY-03, SHOP-06): docs/bank-transfer.md.

-- The account the bank issued for a payment attempt, and until when it takes a deposit. One
-- account belongs to one attempt, so a deposit notification finds its payment by the number.
ALTER TABLE payment
    ADD COLUMN bank_name          VARCHAR(40) NULL,
    ADD COLUMN virtual_account_no VARCHAR(30) NULL,
    ADD COLUMN deposit_deadline   DATETIME(3) NULL,
    ADD CONSTRAINT uk_payment_virtual_account UNIQUE (virtual_account_no);

-- pay_by: a deadline the payment method set for the order (a virtual account's); orders without
-- one expire after the card deadline (UnpaidOrderPolicy).
ALTER TABLE customer_order ADD COLUMN pay_by DATETIME(3) NULL;
CREATE INDEX ix_order_pay_by ON customer_order (status, pay_by);

-- Every deposit notification the bank sent that verified, once (notification_id is the bank's).
-- status: RECEIVED (queued for the batch), APPLIED (paid its order), REVIEW (입금 확인 필요,
-- review_reason says why), DEAD (failed every delivery: the dead-letter screen), RESOLVED (staff
-- decided: resolution, note, who, when).
CREATE TABLE deposit_notification (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    notification_id  VARCHAR(40)   NOT NULL,
    account_no       VARCHAR(30)   NOT NULL,
    amount           DECIMAL(14,0) NOT NULL,
    depositor_name   VARCHAR(60)   NOT NULL,
    deposited_at     DATETIME(3)   NOT NULL,
    bank_name        VARCHAR(40)   NULL,
    received_at      DATETIME(3)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    review_reason    VARCHAR(20)   NULL,
    payment_id       BIGINT        NULL,
    processed_at     DATETIME(3)   NULL,
    dead_at          DATETIME(3)   NULL,
    resolution       VARCHAR(20)   NULL,
    resolution_note  VARCHAR(300)  NULL,
    resolved_by      VARCHAR(60)   NULL,
    resolved_at      DATETIME(3)   NULL,
    CONSTRAINT uk_deposit_notification UNIQUE (notification_id),
    CONSTRAINT fk_deposit_payment FOREIGN KEY (payment_id) REFERENCES payment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the batch takes RECEIVED ones in id order; the screens list one status a page at a time
CREATE INDEX ix_deposit_status ON deposit_notification (status, id);
CREATE INDEX ix_deposit_account ON deposit_notification (account_no);
