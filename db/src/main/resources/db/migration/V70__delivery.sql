-- Delivery (DLV-01): carriers, shipments (parcels with tracking numbers), delivery-fee settlement
-- per carrier. Orders move (배송지시, 배송완료) only through OrderDesk; these tables hold what the
-- logistics desk adds to an order.

-- 택배사. Well-known carriers come with their public tracking pages and number rules but are
-- switched off with no fee: the fee per parcel is the shop's own contract, set by staff before use.
CREATE TABLE carrier (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(20)   NOT NULL,
    name               VARCHAR(60)   NOT NULL,
    tracking_url       VARCHAR(300)  NOT NULL,
    fee_per_parcel     DECIMAL(10,0) NOT NULL DEFAULT 0,
    number_min_length  INT           NOT NULL,
    number_max_length  INT           NOT NULL,
    check_digit        VARCHAR(10)   NOT NULL DEFAULT 'NONE',
    active             BOOLEAN       NOT NULL DEFAULT FALSE,
    sort_order         INT           NOT NULL DEFAULT 0,
    updated_by         VARCHAR(60)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_carrier_code UNIQUE (code),
    CONSTRAINT uk_carrier_name UNIQUE (name),
    CONSTRAINT ck_carrier_fee CHECK (fee_per_parcel >= 0),
    CONSTRAINT ck_carrier_length CHECK (number_min_length >= 6 AND number_max_length <= 20
        AND number_min_length <= number_max_length)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO carrier (code, name, tracking_url, number_min_length, number_max_length, sort_order, updated_by, updated_at) VALUES
 ('CJ', 'CJ대한통운', 'https://trace.cjlogistics.com/next/tracking.html?wblNo={trackingNo}', 10, 12, 1, 'SYSTEM', NOW(3)),
 ('HANJIN', '한진택배', 'https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnumText2={trackingNo}', 10, 12, 2, 'SYSTEM', NOW(3)),
 ('LOTTE', '롯데택배', 'https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={trackingNo}', 12, 13, 3, 'SYSTEM', NOW(3)),
 ('EPOST', '우체국택배', 'https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1={trackingNo}', 13, 13, 4, 'SYSTEM', NOW(3)),
 ('LOGEN', '로젠택배', 'https://www.ilogen.com/web/personal/trace/{trackingNo}', 11, 11, 5, 'SYSTEM', NOW(3));

-- 택배비 정산: one row per closed period; its lines per carrier. Shipments point at the settlement
-- that counted them, so none is counted twice.
CREATE TABLE delivery_fee_settlement (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_from  DATE          NOT NULL,
    period_to    DATE          NOT NULL,
    parcels      INT           NOT NULL,
    total_fee    DECIMAL(14,0) NOT NULL,
    closed_by    VARCHAR(60)   NOT NULL,
    closed_at    DATETIME(3)   NOT NULL,
    CONSTRAINT ck_fee_period CHECK (period_from <= period_to)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_fee_settlement_period ON delivery_fee_settlement (period_from, period_to);

CREATE TABLE delivery_fee_line (
    settlement_id   BIGINT        NOT NULL,
    carrier_id      BIGINT        NOT NULL,
    parcels         INT           NOT NULL,
    fee_per_parcel  DECIMAL(10,0) NOT NULL,
    total_fee       DECIMAL(14,0) NOT NULL,
    PRIMARY KEY (settlement_id, carrier_id),
    CONSTRAINT fk_fee_line_settlement FOREIGN KEY (settlement_id) REFERENCES delivery_fee_settlement (id),
    CONSTRAINT fk_fee_line_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 발송: one parcel. line_no 0 is the whole order, 1.. one item of it. A parcel number exists once
-- per carrier and an order (or item) gets one parcel: a file uploaded twice creates nothing twice.
CREATE TABLE shipment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id       BIGINT        NOT NULL,
    line_no        INT           NOT NULL DEFAULT 0,
    carrier_id     BIGINT        NOT NULL,
    tracking_no    VARCHAR(20)   NOT NULL,
    shipped_at     DATETIME(3)   NOT NULL,
    shipped_by     VARCHAR(60)   NOT NULL,
    source         VARCHAR(10)   NOT NULL,
    delivered_at   DATETIME(3)   NULL,
    delivered_by   VARCHAR(60)   NULL,
    settlement_id  BIGINT        NULL,
    fee            DECIMAL(10,0) NULL,
    CONSTRAINT uk_shipment_parcel UNIQUE (carrier_id, tracking_no),
    CONSTRAINT uk_shipment_order_line UNIQUE (order_id, line_no),
    CONSTRAINT fk_shipment_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT fk_shipment_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id),
    CONSTRAINT fk_shipment_settlement FOREIGN KEY (settlement_id) REFERENCES delivery_fee_settlement (id),
    CONSTRAINT ck_shipment_line CHECK (line_no >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the shipment list and the fee count by shipping date; parcels of a settlement
CREATE INDEX ix_shipment_shipped ON shipment (shipped_at, carrier_id);
CREATE INDEX ix_shipment_settlement ON shipment (settlement_id);

-- the delivery target list (입금완료, 배송지시 by paid date) on millions of slips
CREATE INDEX ix_order_status_paid ON customer_order (status, paid_at);

INSERT INTO batch_lock (name) VALUES ('delivery-fees');
