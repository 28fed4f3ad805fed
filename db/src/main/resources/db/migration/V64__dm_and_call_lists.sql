-- Postal DM batches (MKT-06, MEM-04): the customers one mailing goes to, printed as address
-- labels and marked as sent once the letters are posted (then every customer gets a DM line in
-- contact_history). Who is printed is decided when the labels are made: DM consent, an address,
-- no returned-mail flag (member.mail_returned_at, V62), not erased.
CREATE TABLE dm_batch (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    -- the letter (a DM template), for the contact history's subject
    template_id  BIGINT       NULL,
    -- who asked for it: STAFF (the screen's form key), or the dispatch step's project and its key;
    -- asked twice with the same key, the first batch is the answer
    source       VARCHAR(20)  NOT NULL,
    source_ref   VARCHAR(80)  NOT NULL,
    customers    INT          NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    sent_by      VARCHAR(60)  NULL,
    sent_at      DATETIME(3)  NULL,
    CONSTRAINT uk_dm_batch_source UNIQUE (source, source_ref),
    CONSTRAINT fk_dm_batch_template FOREIGN KEY (template_id) REFERENCES message_template (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dm_batch_created ON dm_batch (created_at);

CREATE TABLE dm_batch_item (
    batch_id     BIGINT   NOT NULL,
    customer_id  BIGINT   NOT NULL,
    -- label order: the order the customers were given in
    position     INT      NOT NULL,
    PRIMARY KEY (batch_id, customer_id),
    CONSTRAINT fk_dm_item_batch FOREIGN KEY (batch_id) REFERENCES dm_batch (id),
    CONSTRAINT fk_dm_item_customer FOREIGN KEY (customer_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_dm_item_position ON dm_batch_item (batch_id, position);
CREATE INDEX ix_dm_item_customer ON dm_batch_item (customer_id);

-- Telemarketing call lists (MKT-06): a list of customers to call with a script (a PHONE
-- template), and per customer the latest result staff entered. The key (list, customer) makes a
-- second entry for the same customer update the row; every entry is also a line of the
-- customer's contact history (channel PHONE).
CREATE TABLE call_list (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    template_id  BIGINT       NULL,
    -- who asked for the list: STAFF (the screen's form key), or the dispatch step's project: asked
    -- twice with the same key, the first list is the answer
    source       VARCHAR(20)  NOT NULL,
    source_ref   VARCHAR(80)  NOT NULL,
    customers    INT          NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT uk_call_list_source UNIQUE (source, source_ref),
    CONSTRAINT fk_call_list_template FOREIGN KEY (template_id) REFERENCES message_template (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE call_list_entry (
    list_id      BIGINT        NOT NULL,
    customer_id  BIGINT        NOT NULL,
    -- the order in which the caller gave the customers: the order they are called in
    position     INT           NOT NULL,
    result       VARCHAR(20)   NULL,
    callback_at  DATETIME      NULL,
    note         VARCHAR(1000) NULL,
    called_by    VARCHAR(60)   NULL,
    called_at    DATETIME(3)   NULL,
    calls        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (list_id, customer_id),
    CONSTRAINT fk_call_entry_list FOREIGN KEY (list_id) REFERENCES call_list (id),
    CONSTRAINT fk_call_entry_customer FOREIGN KEY (customer_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- a page of the list in calling order
CREATE INDEX ix_call_entry_position ON call_list_entry (list_id, position);
