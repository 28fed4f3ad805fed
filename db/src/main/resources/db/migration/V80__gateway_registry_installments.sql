-- Issue 10, payments (PAY-01): the gateway registry and card installments.

-- The payment gateways the shop talks to through the payment connector. endpoint_url is the
-- gateway's base URL ('simulator:' = the simulator the connector runs in demo and test mode only);
-- key_reference names the gateway's public key on the server (a PEM path; empty = the connector's
-- GatewayPublicKeyFile): a reference, never a secret. The checkout takes the first enabled gateway
-- for the method by preference whose health is not DOWN; health is what the periodic inquiry saw.
CREATE TABLE payment_gateway (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(40)  NOT NULL,
    endpoint_url     VARCHAR(300) NOT NULL,
    merchant_id      VARCHAR(40)  NOT NULL,
    key_reference    VARCHAR(300) NULL,
    preference       INT          NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    health           VARCHAR(10)  NOT NULL DEFAULT 'UNKNOWN',
    last_check_at    DATETIME(3)  NULL,
    last_latency_ms  INT          NULL,
    last_check_error VARCHAR(200) NULL,
    updated_at       DATETIME(3)  NOT NULL,
    updated_by       VARCHAR(60)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_payment_gateway_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which payment methods (CARD, E_WALLET, BANK_TRANSFER) each gateway serves.
CREATE TABLE payment_gateway_method (
    gateway_id BIGINT      NOT NULL,
    method     VARCHAR(20) NOT NULL,
    PRIMARY KEY (gateway_id, method),
    CONSTRAINT fk_gateway_method_gateway FOREIGN KEY (gateway_id) REFERENCES payment_gateway (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A payment remembers the registered gateway that served it, so its cancel, inquiry and capture go
-- to the same one (NULL: paid before the registry, through the connection definition's gateway).
-- interest_free: the installment months were interest-free (무이자) for the card company that day.
ALTER TABLE payment
    ADD COLUMN gateway_id    BIGINT  NULL,
    ADD COLUMN interest_free BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT fk_payment_gateway FOREIGN KEY (gateway_id) REFERENCES payment_gateway (id);

-- Card installment plans (카드 할부) per card company: the months a card company allows (2–12)
-- and which of them are interest-free, valid from/to (inclusive; valid_to NULL = open-ended).
-- The plan with the latest valid_from that covers the day applies.
CREATE TABLE installment_plan (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    card_company VARCHAR(20) NOT NULL,
    valid_from   DATE        NOT NULL,
    valid_to     DATE        NULL,
    updated_at   DATETIME(3) NOT NULL,
    updated_by   VARCHAR(60) NOT NULL,
    CONSTRAINT uk_installment_plan_start UNIQUE (card_company, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE installment_plan_month (
    plan_id       BIGINT  NOT NULL,
    months        INT     NOT NULL,
    interest_free BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (plan_id, months),
    CONSTRAINT fk_installment_month_plan FOREIGN KEY (plan_id) REFERENCES installment_plan (id) ON DELETE CASCADE,
    CONSTRAINT ck_installment_months CHECK (months BETWEEN 2 AND 12)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the shop allowed before the table: every card company 2–12 months, none interest-free.
INSERT INTO installment_plan (card_company, valid_from, valid_to, updated_at, updated_by)
SELECT c.company, '2000-01-01', NULL, NOW(3), 'SYSTEM:migration'
  FROM (SELECT 'BC' AS company UNION ALL SELECT 'KB' UNION ALL SELECT 'SAMSUNG' UNION ALL SELECT 'SHINHAN'
        UNION ALL SELECT 'HYUNDAI' UNION ALL SELECT 'LOTTE' UNION ALL SELECT 'HANA' UNION ALL SELECT 'NH') c;
INSERT INTO installment_plan_month (plan_id, months, interest_free)
SELECT p.id, m.n, FALSE
  FROM installment_plan p
  JOIN (SELECT 2 AS n UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7
        UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12) m;
