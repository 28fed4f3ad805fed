-- ORD-03 phone orders, PAY-04 cash receipts, ORD-04 order mails.

-- What a phone order adds to its slip (customer_order keeps channel PHONE, the receiving staff
-- and their branch): how the goods reach the customer and how it is paid.
CREATE TABLE phone_order (
    order_id        BIGINT       NOT NULL PRIMARY KEY,
    logistics       VARCHAR(20)  NOT NULL,
    pickup_branch   VARCHAR(4)   NULL,
    payment_choice  VARCHAR(20)  NOT NULL,
    taken_by        VARCHAR(30)  NOT NULL,
    taken_at        DATETIME(3)  NOT NULL,
    CONSTRAINT fk_phone_order_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 현금영수증 data of an order paid otherwise than by card: purpose and the identity the customer
-- gives (a phone number or a business registration number; never a resident registration number).
CREATE TABLE cash_receipt (
    order_id        BIGINT       NOT NULL PRIMARY KEY,
    purpose         VARCHAR(20)  NOT NULL,
    identity_kind   VARCHAR(20)  NOT NULL,
    identity_no     VARCHAR(20)  NOT NULL,
    requested_by    VARCHAR(40)  NOT NULL,
    requested_at    DATETIME(3)  NOT NULL,
    CONSTRAINT fk_cash_receipt_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per order and event (and shipment reference): the unique key is what keeps a
-- redelivered payment message or a retried move from mailing the customer twice.
CREATE TABLE order_notification (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    ref              VARCHAR(60)   NOT NULL DEFAULT '',
    detail           VARCHAR(200)  NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    sent_at          DATETIME(3)   NULL,
    last_error       VARCHAR(300)  NULL,
    CONSTRAINT uk_order_notification UNIQUE (order_id, kind, ref),
    CONSTRAINT fk_order_notification_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_order_notification_due ON order_notification (status, next_attempt_at);
