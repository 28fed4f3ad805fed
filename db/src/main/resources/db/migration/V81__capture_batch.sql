-- Issue 10, payments (PAY-03): the nightly capture batch (매입) of approved card and e-wallet payments.

-- One run of the batch (NIGHTLY, CATCH_UP or MANUAL 'run now'); cutoff: payments approved before it.
CREATE TABLE capture_batch (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    trigger_kind VARCHAR(20) NOT NULL,
    started_by  VARCHAR(60) NOT NULL,
    cutoff      DATETIME(3) NOT NULL,
    started_at  DATETIME(3) NOT NULL,
    finished_at DATETIME(3) NULL,
    captured    INT         NOT NULL DEFAULT 0,
    failed      INT         NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_capture_batch_started ON capture_batch (started_at);

-- At most one capture record per payment (primary key): PENDING once a batch claimed it, CAPTURED
-- with the gateway's capture number, FAILED with the reason (a later batch tries again). A batch
-- cut off by a crash leaves PENDING rows the next batch sends again; the gateway answers a
-- reference captured before with the same capture number, so nothing is captured twice.
CREATE TABLE payment_capture (
    payment_id     BIGINT       NOT NULL PRIMARY KEY,
    batch_id       BIGINT       NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    capture_no     VARCHAR(20)  NULL,
    reason         VARCHAR(200) NULL,
    attempts       INT          NOT NULL DEFAULT 0,
    claimed_at     DATETIME(3)  NOT NULL,
    captured_at    DATETIME(3)  NULL,
    CONSTRAINT fk_capture_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT fk_capture_batch FOREIGN KEY (batch_id) REFERENCES capture_batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_capture_status ON payment_capture (status, batch_id);
CREATE INDEX ix_capture_batch ON payment_capture (batch_id, status);

INSERT INTO batch_lock (name) VALUES ('capture');
