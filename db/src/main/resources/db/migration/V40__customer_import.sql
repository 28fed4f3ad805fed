-- Bulk import with a report and merge-purge (issue 8 §2, MEM-03).
--
-- An import is a background job (import_job). It first reads the file into import_row in chunks,
-- each chunk committed together with the job's checkpoint (next_line) and the chunk's rejected
-- rows (import_reject), so a job cut off by a crash goes on at the first line it had not
-- committed. Then one transaction applies the staged rows set-based: customers, purchases into
-- purchase_history, merge-purge. Until that transaction commits nothing outside the staging
-- tables has changed, so a failed or cancelled job leaves no customer and no purchase behind.

-- A merged customer is kept (its row, its own data) with a pointer to the customer it was merged
-- into, so the merge can be undone; lists of customers leave out rows with merged_into set.
-- name_address_key is ContactKeys.nameAndAddress(name, address): the doubtful match of merge-purge.
ALTER TABLE member
    ADD COLUMN merged_into      BIGINT       NULL,
    ADD COLUMN name_address_key VARCHAR(200) NULL,
    -- where an imported customer came from: the job and the (first) line of the file
    ADD COLUMN import_job_id    BIGINT       NULL,
    ADD COLUMN import_line      INT          NULL,
    ADD CONSTRAINT fk_member_merged_into FOREIGN KEY (merged_into) REFERENCES member (id);
CREATE INDEX ix_member_merged_into ON member (merged_into);
CREATE INDEX ix_member_name_address_key ON member (name_address_key);
CREATE INDEX ix_member_import ON member (import_job_id, import_line);

CREATE TABLE import_job (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    format            VARCHAR(20)   NOT NULL,
    file_name         VARCHAR(200)  NOT NULL,
    file_hash         CHAR(64)      NOT NULL,
    -- the hash while the job runs or after it is done: a second upload of the same content is
    -- refused by this unique key, atomically; a failed or cancelled job imported nothing and
    -- frees it (NULL), so the file can be imported again
    active_hash       CHAR(64)      NULL,
    file_path         VARCHAR(500)  NOT NULL,
    file_bytes        BIGINT        NOT NULL,
    mapping_name      VARCHAR(60)   NULL,
    mapping_spec      VARCHAR(1000) NULL,
    status            VARCHAR(20)   NOT NULL,
    phase             VARCHAR(20)   NOT NULL,
    next_line         INT           NOT NULL DEFAULT 1,
    rows_total        INT           NULL,
    rows_read         INT           NOT NULL DEFAULT 0,
    rows_rejected     INT           NOT NULL DEFAULT 0,
    rows_imported     INT           NOT NULL DEFAULT 0,
    orders_imported   INT           NOT NULL DEFAULT 0,
    customers_created INT           NOT NULL DEFAULT 0,
    customers_matched INT           NOT NULL DEFAULT 0,
    customers_merged  INT           NOT NULL DEFAULT 0,
    review_pairs      INT           NOT NULL DEFAULT 0,
    started_by        VARCHAR(60)   NOT NULL,
    started_at        DATETIME(3)   NOT NULL,
    heartbeat_at      DATETIME(3)   NOT NULL,
    finished_at       DATETIME(3)   NULL,
    cancel_requested  BOOLEAN       NOT NULL DEFAULT FALSE,
    resumed           INT           NOT NULL DEFAULT 0,
    message           VARCHAR(300)  NULL,
    CONSTRAINT uk_import_active_hash UNIQUE (active_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_import_job_status ON import_job (status, id);

-- One good line of a file (for an invoice file one line of an invoice), as parsed and keyed.
-- id_number is the customer id as a number when it is one, so ids sort as numbers.
CREATE TABLE import_row (
    job_id           BIGINT        NOT NULL,
    line_no          INT           NOT NULL,
    external_id      VARCHAR(40)   NULL,
    id_number        DECIMAL(40,0) NULL,
    order_ref        VARCHAR(40)   NULL,
    purchased_on     DATE          NULL,
    quantity         INT           NULL,
    amount           DECIMAL(16,0) NULL,
    cancelled        BOOLEAN       NOT NULL DEFAULT FALSE,
    name             VARCHAR(60)   NULL,
    phone            VARCHAR(30)   NULL,
    email            VARCHAR(120)  NULL,
    address          VARCHAR(300)  NULL,
    company          VARCHAR(100)  NULL,
    name_key         VARCHAR(60)   NULL,
    phone_key        VARCHAR(12)   NULL,
    email_key        VARCHAR(120)  NULL,
    name_address_key VARCHAR(200)  NULL,
    company_key      VARCHAR(100)  NULL,
    -- merge-purge within the file: the first line of the group of lines that are one customer
    -- (NULL for a line that shares no key with another)
    cluster_line     INT           NULL,
    -- an existing customer this line is surely the same as (phone, e-mail or id)
    existing_id      BIGINT        NULL,
    PRIMARY KEY (job_id, line_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_import_row_external ON import_row (job_id, external_id);
CREATE INDEX ix_import_row_phone ON import_row (job_id, phone_key);
CREATE INDEX ix_import_row_email ON import_row (job_id, email_key);

-- The rejects report: every problem of a refused line (a line can have several).
CREATE TABLE import_reject (
    job_id      BIGINT       NOT NULL,
    line_no     INT          NOT NULL,
    seq         INT          NOT NULL,
    column_name VARCHAR(60)  NOT NULL,
    reason_key  VARCHAR(60)  NOT NULL,
    value_text  VARCHAR(200) NULL,
    PRIMARY KEY (job_id, line_no, seq),
    CONSTRAINT fk_reject_job FOREIGN KEY (job_id) REFERENCES import_job (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The distinct customer ids of a purchase file that are new, with their rank (ascending id),
-- which is the order their member numbers are taken in.
CREATE TABLE import_customer (
    job_id      BIGINT      NOT NULL,
    id_rank     INT         NOT NULL,
    external_id VARCHAR(40) NOT NULL,
    PRIMARY KEY (job_id, id_rank)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Column mappings of the back office's mapping step, saved by name.
CREATE TABLE import_mapping (
    name       VARCHAR(60)   NOT NULL PRIMARY KEY,
    spec       VARCHAR(1000) NOT NULL,
    saved_by   VARCHAR(60)   NOT NULL,
    saved_at   DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every merge (automatic in an import, or by staff from the review list), so it can be undone.
CREATE TABLE member_merge (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kept_id     BIGINT       NOT NULL,
    merged_id   BIGINT       NOT NULL,
    rule        VARCHAR(20)  NOT NULL,
    job_id      BIGINT       NULL,
    merged_by   VARCHAR(60)  NOT NULL,
    merged_at   DATETIME(3)  NOT NULL,
    undone_by   VARCHAR(60)  NULL,
    undone_at   DATETIME(3)  NULL,
    CONSTRAINT fk_merge_kept FOREIGN KEY (kept_id) REFERENCES member (id),
    CONSTRAINT fk_merge_merged FOREIGN KEY (merged_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_merge_merged ON member_merge (merged_id, undone_at);
CREATE INDEX ix_merge_job ON member_merge (job_id);

-- The purchases a merge moved to the kept customer: undo moves exactly these back.
CREATE TABLE member_merge_purchase (
    merge_id    BIGINT NOT NULL,
    purchase_id BIGINT NOT NULL,
    PRIMARY KEY (merge_id, purchase_id),
    CONSTRAINT fk_merge_purchase_merge FOREIGN KEY (merge_id) REFERENCES member_merge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Doubtful duplicates (same name and address, different phone; same name at the same company)
-- waiting for staff: merge or keep apart. A pair is kept once (lower id first).
CREATE TABLE merge_candidate (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_a    BIGINT       NOT NULL,
    member_b    BIGINT       NOT NULL,
    rule        VARCHAR(20)  NOT NULL,
    job_id      BIGINT       NULL,
    status      VARCHAR(20)  NOT NULL,
    found_at    DATETIME(3)  NOT NULL,
    decided_by  VARCHAR(60)  NULL,
    decided_at  DATETIME(3)  NULL,
    merge_id    BIGINT       NULL,
    CONSTRAINT uk_merge_candidate UNIQUE (member_a, member_b),
    CONSTRAINT fk_candidate_a FOREIGN KEY (member_a) REFERENCES member (id),
    CONSTRAINT fk_candidate_b FOREIGN KEY (member_b) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_candidate_status ON merge_candidate (status, id);
