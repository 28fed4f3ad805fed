-- Market25 DBM: the schema of the first journey (catalog, members, staff, orders, payments,
-- bonus, settlement, campaigns). Money is DECIMAL in KRW (no fractional won).

CREATE TABLE category (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name_ko     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    parent_id   BIGINT NULL,
    sort_order  INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_category_code UNIQUE (code),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE product (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(20)   NOT NULL,
    category_id     BIGINT        NOT NULL,
    kind            VARCHAR(60)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    supplier        VARCHAR(100)  NOT NULL,
    consumer_price  DECIMAL(12,0) NOT NULL,
    sale_price      DECIMAL(12,0) NOT NULL,
    discount_bonus  DECIMAL(12,0) NOT NULL DEFAULT 0,
    sponsor_bonus   DECIMAL(12,0) NOT NULL DEFAULT 0,
    stock           INT           NOT NULL DEFAULT 0,
    recommended     BOOLEAN       NOT NULL DEFAULT FALSE,
    sort_order      INT           NOT NULL DEFAULT 0,
    description     TEXT          NULL,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_product_code UNIQUE (code),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT ck_product_prices CHECK (sale_price >= 0 AND consumer_price >= 0
        AND discount_bonus >= 0 AND sponsor_bonus >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the category page lists active products in shop order
CREATE INDEX ix_product_category ON product (category_id, active, sort_order);
CREATE INDEX ix_product_recommended ON product (recommended, active);

CREATE TABLE member (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_no       VARCHAR(20)  NOT NULL,
    login_id        VARCHAR(30)  NOT NULL,
    password_hash   VARCHAR(200) NULL,
    name            VARCHAR(60)  NOT NULL,
    phone           VARCHAR(30)  NOT NULL,
    email           VARCHAR(120) NOT NULL,
    postal_code     VARCHAR(10)  NOT NULL,
    address         VARCHAR(300) NOT NULL,
    birth_date      DATE         NULL,
    gender          CHAR(1)      NULL,
    member_type     VARCHAR(20)  NOT NULL,
    upper_member_id BIGINT       NULL,
    consent_email   BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_sms     BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_dm      BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_phone   BOOLEAN      NOT NULL DEFAULT FALSE,
    joined_at       DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    CONSTRAINT uk_member_no UNIQUE (member_no),
    CONSTRAINT uk_member_login UNIQUE (login_id),
    CONSTRAINT fk_member_upper FOREIGN KEY (upper_member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_member_upper ON member (upper_member_id);
-- campaign audiences are picked by consent
CREATE INDEX ix_member_consent_email ON member (consent_email, id);

CREATE SEQUENCE member_no_seq START WITH 100001 INCREMENT BY 1 NOCACHE;

CREATE TABLE staff (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    login_id       VARCHAR(30)  NOT NULL,
    password_hash  VARCHAR(200) NULL,
    name           VARCHAR(60)  NOT NULL,
    branch_code    VARCHAR(4)   NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_staff_login UNIQUE (login_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_order (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    slip_no                 CHAR(10)      NOT NULL,
    member_id               BIGINT        NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    channel                 VARCHAR(10)   NOT NULL,
    staff_login             VARCHAR(30)   NOT NULL,
    branch_code             VARCHAR(4)    NOT NULL,
    total_amount            DECIMAL(14,0) NOT NULL,
    recipient_kind          VARCHAR(10)   NOT NULL,
    recipient_name          VARCHAR(60)   NOT NULL,
    recipient_phone         VARCHAR(30)   NOT NULL,
    recipient_postal_code   VARCHAR(10)   NOT NULL,
    recipient_address       VARCHAR(300)  NOT NULL,
    delivery_note           VARCHAR(300)  NULL,
    ordered_at              DATETIME(3)   NOT NULL,
    paid_at                 DATETIME(3)   NULL,
    delivery_instructed_at  DATETIME(3)   NULL,
    delivered_at            DATETIME(3)   NULL,
    completed_at            DATETIME(3)   NULL,
    version                 INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_order_slip UNIQUE (slip_no),
    CONSTRAINT fk_order_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- "my orders" and the slip list by date; closing by paid date
CREATE INDEX ix_order_member ON customer_order (member_id, ordered_at);
CREATE INDEX ix_order_ordered ON customer_order (ordered_at);
CREATE INDEX ix_order_paid ON customer_order (paid_at);

CREATE SEQUENCE slip_no_seq START WITH 3223 INCREMENT BY 1 CACHE 50;

CREATE TABLE order_line (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id        BIGINT        NOT NULL,
    line_no         INT           NOT NULL,
    product_id      BIGINT        NOT NULL,
    product_code    VARCHAR(20)   NOT NULL,
    product_name    VARCHAR(200)  NOT NULL,
    quantity        INT           NOT NULL,
    unit_price      DECIMAL(12,0) NOT NULL,
    line_amount     DECIMAL(14,0) NOT NULL,
    discount_bonus  DECIMAL(14,0) NOT NULL,
    sponsor_bonus   DECIMAL(14,0) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    CONSTRAINT uk_order_line UNIQUE (order_id, line_no),
    CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT fk_line_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_line_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_status_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT      NOT NULL,
    from_status  VARCHAR(20) NULL,
    to_status    VARCHAR(20) NOT NULL,
    changed_by   VARCHAR(60) NOT NULL,
    changed_at   DATETIME(3) NOT NULL,
    CONSTRAINT fk_change_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_change_order ON order_status_change (order_id, changed_at);

CREATE TABLE payment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id            BIGINT        NOT NULL,
    method              VARCHAR(20)   NOT NULL,
    payer_name          VARCHAR(60)   NOT NULL,
    card_company        VARCHAR(20)   NULL,
    installment_months  INT           NULL,
    masked_card_no      VARCHAR(25)   NULL,
    gateway_name        VARCHAR(40)   NULL,
    gateway_token       VARCHAR(80)   NULL,
    approval_no         VARCHAR(20)   NULL,
    amount              DECIMAL(14,0) NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    decline_code        VARCHAR(30)   NULL,
    requested_at        DATETIME(3)   NOT NULL,
    authorized_at       DATETIME(3)   NULL,
    completed_at        DATETIME(3)   NULL,
    CONSTRAINT fk_payment_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_payment_order ON payment (order_id, status);
-- closing sums completed payments of a day
CREATE INDEX ix_payment_completed ON payment (status, completed_at);

CREATE TABLE bonus_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id    BIGINT        NOT NULL,
    order_id     BIGINT        NULL,
    kind         VARCHAR(10)   NOT NULL,
    amount       DECIMAL(14,0) NOT NULL,
    earned_on    DATE          NOT NULL,
    settled      BOOLEAN       NOT NULL DEFAULT FALSE,
    settled_on   DATE          NULL,
    created_at   DATETIME(3)   NOT NULL,
    -- an order credits each kind to each member at most once
    CONSTRAINT uk_bonus_order UNIQUE (order_id, member_id, kind),
    CONSTRAINT fk_bonus_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_bonus_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_bonus_member ON bonus_entry (member_id, earned_on);
CREATE INDEX ix_bonus_unsettled ON bonus_entry (settled, earned_on);

CREATE TABLE daily_closing (
    closing_date    DATE          NOT NULL,
    payment_method  VARCHAR(20)   NOT NULL,
    order_count     INT           NOT NULL,
    amount          DECIMAL(16,0) NOT NULL,
    closed_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (closing_date, payment_method)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE settlement_run (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    business_date    DATE          NOT NULL,
    trigger_kind     VARCHAR(10)   NOT NULL,
    started_by       VARCHAR(60)   NOT NULL,
    started_at       DATETIME(3)   NOT NULL,
    finished_at      DATETIME(3)   NULL,
    status           VARCHAR(20)   NOT NULL,
    orders_closed    INT           NOT NULL DEFAULT 0,
    amount_closed    DECIMAL(16,0) NOT NULL DEFAULT 0,
    bonus_settled    INT           NOT NULL DEFAULT 0,
    closing_changed  BOOLEAN       NOT NULL DEFAULT FALSE,
    message          VARCHAR(300)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_settlement_date ON settlement_run (business_date, started_at);

-- one row per batch kind: held FOR UPDATE while a batch runs, so two servers never run it at once
CREATE TABLE batch_lock (
    name VARCHAR(40) PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO batch_lock (name) VALUES ('settlement');

CREATE TABLE email_campaign (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject       VARCHAR(200) NOT NULL,
    body          TEXT         NOT NULL,
    created_by    VARCHAR(60)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    target_count  INT          NOT NULL,
    status        VARCHAR(20)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contact_history (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id     BIGINT       NOT NULL,
    channel       VARCHAR(10)  NOT NULL,
    campaign_id   BIGINT       NULL,
    subject       VARCHAR(200) NOT NULL,
    contacted_at  DATETIME(3)  NOT NULL,
    outcome       VARCHAR(20)  NOT NULL,
    -- a campaign reaches a member on a channel at most once, whatever the broker redelivers
    CONSTRAINT uk_contact_campaign UNIQUE (campaign_id, member_id, channel),
    CONSTRAINT fk_contact_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_contact_campaign FOREIGN KEY (campaign_id) REFERENCES email_campaign (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_contact_member ON contact_history (member_id, contacted_at);
