-- Customer 360 (issue 8 §1: MEM-01, MEM-02, MEM-05, MEM-06). Every customer stays one row of
-- member; staff register customers without a login (origin STAFF) and imports bring prospects
-- that have only some contact data, so the storefront's required contact columns become optional.
ALTER TABLE member
    MODIFY phone       VARCHAR(30)  NULL,
    MODIFY email       VARCHAR(120) NULL,
    MODIFY postal_code VARCHAR(10)  NULL,
    MODIFY address     VARCHAR(300) NULL,
    -- search keys written by com.market25.customer.ContactKeys (never by SQL, except the
    -- back-fill below, which matches it for the storefront's already validated data)
    ADD COLUMN name_key         VARCHAR(60)  NULL,
    ADD COLUMN phone_key        VARCHAR(12)  NULL,
    ADD COLUMN email_key        VARCHAR(120) NULL,
    -- home (자택) besides the address above
    ADD COLUMN home_phone       VARCHAR(30)  NULL,
    -- workplace (직장)
    ADD COLUMN company_name     VARCHAR(100) NULL,
    ADD COLUMN company_key      VARCHAR(100) NULL,
    ADD COLUMN department       VARCHAR(60)  NULL,
    ADD COLUMN job_title        VARCHAR(60)  NULL,
    ADD COLUMN work_phone       VARCHAR(30)  NULL,
    ADD COLUMN work_postal_code VARCHAR(10)  NULL,
    ADD COLUMN work_address     VARCHAR(300) NULL,
    -- extended profile
    ADD COLUMN hobby            VARCHAR(100) NULL,
    ADD COLUMN marital_status   VARCHAR(10)  NULL,
    ADD COLUMN wedding_date     DATE         NULL,
    ADD COLUMN car              VARCHAR(60)  NULL,
    ADD COLUMN income_band      VARCHAR(10)  NULL,
    -- member card (MEM-01): the number printed on the card; a new card replaces it
    ADD COLUMN card_no          VARCHAR(20)  NULL,
    ADD COLUMN card_issued_at   DATETIME(3)  NULL,
    ADD COLUMN card_issues      INT          NOT NULL DEFAULT 0,
    -- who registered the customer (NULL: the customer joined in the shop) and who changed them last
    ADD COLUMN created_by       VARCHAR(60)  NULL,
    ADD COLUMN updated_by       VARCHAR(60)  NULL,
    -- two staff members editing one customer: the second save is refused, not lost
    ADD COLUMN row_version      INT          NOT NULL DEFAULT 0,
    -- erasure on request (MEM-06): the row stays for the orders and the money, the person is gone
    ADD COLUMN erased_at        DATETIME(3)  NULL,
    ADD COLUMN erased_by        VARCHAR(60)  NULL,
    ADD CONSTRAINT uk_member_card UNIQUE (card_no);

UPDATE member SET
    name_key  = LOWER(REPLACE(name, ' ', '')),
    phone_key = REGEXP_REPLACE(phone, '[^0-9]', ''),
    email_key = LOWER(REPLACE(email, ' ', ''));

-- Search (MEM-01) on 1,000,000 customers: exact keys by index, names by prefix on the index,
-- imported ids whatever their source. Each index ends in id (InnoDB appends the key), so a page
-- sorted by name reads the index in order.
CREATE INDEX ix_member_name_key  ON member (name_key);
CREATE INDEX ix_member_phone_key ON member (phone_key);
CREATE INDEX ix_member_email_key ON member (email_key);
CREATE INDEX ix_member_external_id ON member (external_id);
CREATE INDEX ix_member_company_key ON member (company_key);
-- "every imported customer", "every customer staff registered", newest first, erased ones left
-- out within the index (the count of such a list never reads a row)
CREATE INDEX ix_member_origin ON member (origin, erased_at, id);

-- Contact history (MEM-02) besides the campaign's contact_history: what staff write down,
-- calls taken and made, visits, each with who and when.
CREATE TABLE customer_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT        NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    created_by  VARCHAR(60)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    CONSTRAINT fk_note_customer FOREIGN KEY (customer_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_note_customer ON customer_note (customer_id, created_at);

-- User-defined fields (MEM-05): the administrator defines them, staff fill them in, segments
-- query them. One typed column per kind of value, so a segment compares numbers as numbers and
-- dates as dates, each with an index that starts with the field.
CREATE TABLE customer_field (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(30)  NOT NULL,
    label       VARCHAR(60)  NOT NULL,
    value_type  VARCHAR(10)  NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order  INT          NOT NULL DEFAULT 0,
    created_by  VARCHAR(60)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uk_customer_field_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the choices of a code-list field
CREATE TABLE customer_field_option (
    field_id    BIGINT      NOT NULL,
    code        VARCHAR(30) NOT NULL,
    label       VARCHAR(60) NOT NULL,
    sort_order  INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (field_id, code),
    CONSTRAINT fk_field_option_field FOREIGN KEY (field_id) REFERENCES customer_field (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_field_value (
    customer_id  BIGINT        NOT NULL,
    field_id     BIGINT        NOT NULL,
    text_value   VARCHAR(300)  NULL,
    number_value DECIMAL(18,4) NULL,
    date_value   DATE          NULL,
    code_value   VARCHAR(30)   NULL,
    updated_by   VARCHAR(60)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (customer_id, field_id),
    CONSTRAINT fk_field_value_customer FOREIGN KEY (customer_id) REFERENCES member (id),
    CONSTRAINT fk_field_value_field FOREIGN KEY (field_id) REFERENCES customer_field (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- "customers whose field F is X / between X and Y": one index range per kind of value
CREATE INDEX ix_field_value_text   ON customer_field_value (field_id, text_value);
CREATE INDEX ix_field_value_number ON customer_field_value (field_id, number_value);
CREATE INDEX ix_field_value_date   ON customer_field_value (field_id, date_value);
CREATE INDEX ix_field_value_code   ON customer_field_value (field_id, code_value);
