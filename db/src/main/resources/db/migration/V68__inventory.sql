-- INV-01 stock per warehouse (저장소): warehouses of the head office (본사) and the branches (지사),
-- stock levels with reservations and safety stock (적정재고), the movement ledger (입출고 내역),
-- transfers between warehouses (본지사간 이동) and goods receipts from suppliers, both with a
-- per-item delivery confirmation (납품 확인). product.stock stays the storefront's fast copy of
-- the web-shop warehouse's available quantity (on hand − reserved).

CREATE TABLE warehouse (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(20)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    -- the branch the warehouse belongs to, as customer_order.branch_code and staff.branch_code
    branch_code  VARCHAR(4)   NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT uk_warehouse_code UNIQUE (code),
    CONSTRAINT ck_warehouse_kind CHECK (kind IN ('HQ', 'BRANCH', 'WEB'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stock_level (
    warehouse_id  BIGINT      NOT NULL,
    product_id    BIGINT      NOT NULL,
    on_hand       INT         NOT NULL DEFAULT 0,
    reserved      INT         NOT NULL DEFAULT 0,
    safety_stock  INT         NOT NULL DEFAULT 0,
    -- 적정재고 alert: kept by the database so the alert list and count are one index read
    below_safety  BOOLEAN AS (safety_stock > 0 AND on_hand - reserved < safety_stock) PERSISTENT,
    updated_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (warehouse_id, product_id),
    CONSTRAINT fk_stock_level_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT fk_stock_level_product FOREIGN KEY (product_id) REFERENCES product (id),
    -- the last guard of "never below zero": a bug elsewhere fails the transaction instead
    CONSTRAINT ck_stock_level CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand AND safety_stock >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_stock_level_product ON stock_level (product_id);
CREATE INDEX ix_stock_level_below ON stock_level (below_safety, warehouse_id);

CREATE TABLE stock_movement (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    warehouse_id    BIGINT       NOT NULL,
    product_id      BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    quantity        INT          NOT NULL,
    on_hand_after   INT          NOT NULL,
    reserved_after  INT          NOT NULL,
    reason          VARCHAR(200) NULL,
    reference       VARCHAR(30)  NULL,
    moved_by        VARCHAR(60)  NOT NULL,
    moved_at        DATETIME(3)  NOT NULL,
    CONSTRAINT fk_movement_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT fk_movement_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_movement_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- 입출고 내역 per product and warehouse, newest first
CREATE INDEX ix_movement_level ON stock_movement (warehouse_id, product_id, id);
CREATE INDEX ix_movement_product ON stock_movement (product_id, id);

CREATE SEQUENCE stock_document_seq START WITH 1 INCREMENT BY 1 CACHE 20;

CREATE TABLE stock_transfer (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    transfer_no        VARCHAR(20)  NOT NULL,
    from_warehouse_id  BIGINT       NOT NULL,
    to_warehouse_id    BIGINT       NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    note               VARCHAR(200) NULL,
    request_key        VARCHAR(40)  NULL,
    requested_by       VARCHAR(60)  NOT NULL,
    requested_at       DATETIME(3)  NOT NULL,
    shipped_by         VARCHAR(60)  NULL,
    shipped_at         DATETIME(3)  NULL,
    received_by        VARCHAR(60)  NULL,
    received_at        DATETIME(3)  NULL,
    cancelled_by       VARCHAR(60)  NULL,
    cancelled_at       DATETIME(3)  NULL,
    shortfall          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_transfer_no UNIQUE (transfer_no),
    CONSTRAINT uk_transfer_request UNIQUE (request_key),
    CONSTRAINT fk_transfer_from FOREIGN KEY (from_warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT fk_transfer_to FOREIGN KEY (to_warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT ck_transfer_route CHECK (from_warehouse_id <> to_warehouse_id),
    CONSTRAINT ck_transfer_status CHECK (status IN ('REQUESTED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_transfer_status ON stock_transfer (status, id);

CREATE TABLE stock_transfer_item (
    transfer_id         BIGINT NOT NULL,
    line_no             INT    NOT NULL,
    product_id          BIGINT NOT NULL,
    quantity            INT    NOT NULL,
    confirmed_quantity  INT    NULL,
    PRIMARY KEY (transfer_id, line_no),
    CONSTRAINT uk_transfer_item_product UNIQUE (transfer_id, product_id),
    CONSTRAINT fk_transfer_item_transfer FOREIGN KEY (transfer_id) REFERENCES stock_transfer (id),
    CONSTRAINT fk_transfer_item_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_transfer_item CHECK (quantity > 0 AND (confirmed_quantity IS NULL
        OR (confirmed_quantity >= 0 AND confirmed_quantity <= quantity)))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE goods_receipt (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    receipt_no    VARCHAR(20)  NOT NULL,
    warehouse_id  BIGINT       NOT NULL,
    supplier      VARCHAR(100) NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    note          VARCHAR(200) NULL,
    request_key   VARCHAR(40)  NULL,
    created_by    VARCHAR(60)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    received_by   VARCHAR(60)  NULL,
    received_at   DATETIME(3)  NULL,
    cancelled_by  VARCHAR(60)  NULL,
    cancelled_at  DATETIME(3)  NULL,
    shortfall     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_receipt_no UNIQUE (receipt_no),
    CONSTRAINT uk_receipt_request UNIQUE (request_key),
    CONSTRAINT fk_receipt_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT ck_receipt_status CHECK (status IN ('EXPECTED', 'RECEIVED', 'CANCELLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_receipt_status ON goods_receipt (status, id);

CREATE TABLE goods_receipt_item (
    receipt_id          BIGINT NOT NULL,
    line_no             INT    NOT NULL,
    product_id          BIGINT NOT NULL,
    quantity            INT    NOT NULL,
    confirmed_quantity  INT    NULL,
    PRIMARY KEY (receipt_id, line_no),
    CONSTRAINT uk_receipt_item_product UNIQUE (receipt_id, product_id),
    CONSTRAINT fk_receipt_item_receipt FOREIGN KEY (receipt_id) REFERENCES goods_receipt (id),
    CONSTRAINT fk_receipt_item_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT ck_receipt_item CHECK (quantity > 0 AND (confirmed_quantity IS NULL
        OR (confirmed_quantity >= 0 AND confirmed_quantity <= quantity)))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- every installation: the head office's warehouse and the web-shop warehouse that serves
-- storefront orders (both booked to the head office, branch 0040, as web orders are)
INSERT INTO warehouse (code, name, kind, branch_code, created_at) VALUES
 ('HQ', '본사 물류센터', 'HQ', '0040', NOW(3)),
 ('WEB', '웹쇼핑몰 출고센터', 'WEB', '0040', NOW(3));

-- An existing installation keeps its stock: product.stock is what is still available, and the
-- open orders (주문접수, 입금완료) hold their quantities as reservations, so on hand = both.
INSERT INTO stock_level (warehouse_id, product_id, on_hand, reserved, safety_stock, updated_at)
SELECT w.id, p.id, p.stock + COALESCE(r.quantity, 0), COALESCE(r.quantity, 0), 0, NOW(3)
  FROM product p
  JOIN warehouse w ON w.code = 'WEB'
  LEFT JOIN (SELECT l.product_id, SUM(l.quantity) AS quantity
               FROM order_line l JOIN customer_order o ON o.id = l.order_id
              WHERE o.status IN ('RECEIVED', 'PAID')
              GROUP BY l.product_id) r ON r.product_id = p.id;

INSERT INTO stock_movement (warehouse_id, product_id, kind, quantity, on_hand_after, reserved_after, reason,
                            moved_by, moved_at)
SELECT warehouse_id, product_id, 'OPENING', on_hand, on_hand, reserved, 'product.stock', 'SYSTEM:migration', NOW(3)
  FROM stock_level WHERE on_hand > 0;
