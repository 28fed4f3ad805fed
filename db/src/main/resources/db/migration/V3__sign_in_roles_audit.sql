-- Issue 6: what a real installation needs without demo data. The six shop corners and the
-- system account for web orders are part of the shop itself (INSERT IGNORE: databases created
-- before the demo data moved out of the migrations already have them); staff hold roles
-- (ADM-02); accounts lock after failed sign-ins; every change by staff is logged (ADM-04).

INSERT IGNORE INTO category (id, code, name_ko, name_en, parent_id, sort_order) VALUES
 (1, 'TELECOM',  '정보통신',     'Telecom',           NULL, 1),
 (2, 'COMPUTER', '컴퓨터',       'Computers',         NULL, 2),
 (3, 'BOOKS',    '컴퓨터 도서',  'Computer books',    NULL, 3),
 (4, 'OWN',      '자체 상품',    'Market25 brand',    NULL, 4),
 (5, 'GIFT',     '상품권',       'Gift certificates', NULL, 5),
 (6, 'HOME',     '가정용품',     'Household',         NULL, 6);

CREATE TABLE staff_role (
    staff_id  BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_id, role),
    CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the one role of the first journey was the administrator's
INSERT INTO staff_role (staff_id, role) SELECT id, 'ADMIN' FROM staff WHERE role = 'ADMIN';
ALTER TABLE staff DROP COLUMN role;

ALTER TABLE staff
    ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN demo_account         BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN failed_sign_ins      INT         NOT NULL DEFAULT 0,
    ADD COLUMN locked_until         DATETIME(3) NULL,
    ADD COLUMN last_sign_in_at      DATETIME(3) NULL,
    ADD COLUMN password_changed_at  DATETIME(3) NULL,
    ADD COLUMN created_at           DATETIME(3) NULL,
    ADD COLUMN updated_at           DATETIME(3) NULL,
    ADD COLUMN updated_by           VARCHAR(30) NULL;

ALTER TABLE member
    ADD COLUMN demo_account     BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN failed_sign_ins  INT         NOT NULL DEFAULT 0,
    ADD COLUMN locked_until     DATETIME(3) NULL,
    ADD COLUMN last_sign_in_at  DATETIME(3) NULL;
-- the back office lists locked accounts
CREATE INDEX ix_member_locked ON member (locked_until);

-- web orders are booked to this account; it has no password and cannot sign in
INSERT IGNORE INTO staff (login_id, password_hash, name, branch_code, active) VALUES
 ('WEB_MASTER', NULL, '웹 주문', '0040', TRUE);

-- accounts created by the demo data before it moved out of the migrations
UPDATE staff SET demo_account = TRUE WHERE login_id = 'admin'
    AND password_hash = 'pbkdf2$60000$PH+BWMzVe+3Q3Tl8YfwqcA==$KMCTZZrlBTjj16CIFT4LnGhobLElF/iNrLUxm+xJhQk=';
UPDATE member SET demo_account = TRUE
    WHERE password_hash = 'pbkdf2$60000$TwRmaAZHjXTSTAznt2E+wg==$4CYScx2K4FsBP5gyzMI27P3mD5v01up0Qia6tAZxJKU=';

-- ADM-04: who changed what, when. Changes with their own history (order status moves,
-- settlement runs, campaign sends) keep it there; everything else lands here.
CREATE TABLE audit_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(3)  NOT NULL,
    actor        VARCHAR(60)  NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    target_type  VARCHAR(20)  NOT NULL,
    target_id    VARCHAR(60)  NULL,
    detail       VARCHAR(500) NULL,
    client_address VARCHAR(45) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the log screen pages newest first and filters by target
CREATE INDEX ix_audit_occurred ON audit_log (occurred_at);
CREATE INDEX ix_audit_target ON audit_log (target_type, target_id, occurred_at);
