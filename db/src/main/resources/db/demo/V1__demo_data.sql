-- Demo data (demo mode only: the run, start and test commands), taken from the Market25 seed
-- screens (shared/seeds/000_*): the products shown on the home, product and cart screens, the
-- ALTWELL I&C upper member, the customer of the order-detail screen and the demo staff account.
-- A real installation never gets this file (SchemaMigration applies db/demo only in demo mode).
-- INSERT IGNORE: databases made before issue 6 got the same rows from the old V2 migration.

INSERT IGNORE INTO product (code, category_id, kind, name, supplier, consumer_price, sale_price,
                     discount_bonus, sponsor_bonus, stock, recommended, sort_order, description) VALUES
 ('601041010112', 6, '냉난방기기', '딤채고급형 신형(DP-601)', '만도기계', 595000, 540000, 38000, 0, 40, TRUE, 1,
  '과학기술부에서 후원하는 IR 52 장영실상을 수상한 김치전용 숙성고.'),
 ('601041010212', 6, '냉난방기기', '딤채고급형(CFR-153G)', '만도기계', 480000, 430000, 30000, 0, 25, FALSE, 2,
  '김치전용 숙성고 딤채 고급형.'),
 ('601061510012', 6, '수납용품', '가화행거1', '가화', 39000, 32000, 1600, 900, 120, FALSE, 3,
  '조립식 옷걸이 행거.'),
 ('601071010112', 6, '운동기구', '마그네틱자전거', '엘트웰아이앤씨', 250000, 198000, 9900, 5900, 15, FALSE, 4,
  '자석 부하 방식의 실내 자전거.'),
 ('101001015112', 1, 'PCS', '삼성 SPH-4300', '삼성전자', 330000, 280000, 8400, 5600, 50, TRUE, 1,
  '삼성 애니콜 PCS 단말기.'),
 ('101001015113', 1, 'PCS', '삼성 SPH-4310', '삼성전자', 330000, 280000, 8400, 5600, 40, FALSE, 2,
  '삼성 애니콜 PCS 단말기 후속 모델.'),
 ('101001016112', 1, 'PCS', '한솔PCS 와이드', '한솔PCS', 300000, 250000, 7500, 5000, 30, TRUE, 3,
  '넓고 깊게 통한다. - 와이드 PCS'),
 ('101002010112', 1, '휴대폰', '삼성SCH-1100', '삼성전자', 350000, 299000, 9000, 6000, 20, FALSE, 4,
  '삼성 셀룰러 단말기.'),
 ('121101010112', 2, '컴퓨터세트', '특별기획컴퓨터세트2150', '엘트웰아이앤씨', 2800000, 2465000, 70000, 24650, 10, TRUE, 1,
  '모니터와 프린터를 포함한 특별기획 컴퓨터 세트.'),
 ('131001010112', 3, '프로그래밍', '자바 프로그래밍 입문', '한빛미디어', 25000, 22500, 1100, 0, 200, FALSE, 1,
  '처음 배우는 자바 프로그래밍.'),
 ('131001020112', 3, '마케팅', '데이터베이스 마케팅 실무', '엘트웰아이앤씨', 30000, 27000, 1300, 500, 150, FALSE, 2,
  'RFM 분석부터 캠페인 관리까지, 데이터베이스 마케팅 실무서.'),
 ('501001020112', 4, '시계', '고급손목시계(남A)', '엘트웰아이앤씨', 120000, 95000, 4750, 2850, 60, FALSE, 1,
  '엘트웰 자체 상품 남성용 고급 손목시계.'),
 ('501001012112', 4, '시계', '패션손목시계(여A)', '엘트웰아이앤씨', 45000, 31500, 1500, 900, 80, FALSE, 2,
  '엘트웰 자체 상품 여성용 패션 손목시계.'),
 ('511001910112', 5, '금강제화상품권', '금강제화상품권 7만원권', '금강제화', 70000, 56000, 0, 0, 500, TRUE, 1,
  '금강제화 전 매장에서 사용할 수 있는 7만원권 상품권.');

-- password of the demo logins below: market25!
INSERT IGNORE INTO member (id, member_no, login_id, password_hash, name, phone, email, postal_code, address,
                    birth_date, gender, member_type, upper_member_id,
                    consent_email, consent_sms, consent_dm, consent_phone, joined_at, updated_at) VALUES
 (1, '1100000000000000', 'altwell', 'pbkdf2$60000$TwRmaAZHjXTSTAznt2E+wg==$4CYScx2K4FsBP5gyzMI27P3mD5v01up0Qia6tAZxJKU=',
  'ALTWELL I&C', '02-3728-1900', 'partner@altwell.example', '06236', '서울특별시 강남구 테헤란로 152',
  NULL, NULL, 'AGENCY', NULL, FALSE, FALSE, FALSE, FALSE, '1998-12-28 16:01:41', '1998-12-28 16:01:41'),
 (2, '217602212226142', 'miran', 'pbkdf2$60000$TwRmaAZHjXTSTAznt2E+wg==$4CYScx2K4FsBP5gyzMI27P3mD5v01up0Qia6tAZxJKU=',
  '안미란', '031-658-2376', 'miran@market25.example', '17900', '경기도 평택시 세교동 개나리아파트 104동 304호',
  '1970-05-12', 'F', 'INTERNET', 1, TRUE, TRUE, FALSE, FALSE, '1998-12-30 10:00:00', '1998-12-30 10:00:00'),
 (3, '217602212226143', 'yongchan', 'pbkdf2$60000$TwRmaAZHjXTSTAznt2E+wg==$4CYScx2K4FsBP5gyzMI27P3mD5v01up0Qia6tAZxJKU=',
  '권용찬', '02-734-1305', 'yongchan@market25.example', '04524', '서울특별시 중구 세종대로 110',
  '1965-03-02', 'M', 'REGULAR', 1, TRUE, FALSE, TRUE, FALSE, '1999-01-03 09:30:00', '1999-01-03 09:30:00'),
 (4, '217602212226144', 'minjae', 'pbkdf2$60000$TwRmaAZHjXTSTAznt2E+wg==$4CYScx2K4FsBP5gyzMI27P3mD5v01up0Qia6tAZxJKU=',
  '김민재', '02-372-8191', 'minjae@market25.example', '01411', '서울특별시 도봉구 창동 12-3',
  '1963-03-13', 'M', 'INTERNET', NULL, FALSE, FALSE, FALSE, TRUE, '1999-01-04 14:00:00', '1999-01-04 14:00:00');

ALTER TABLE member AUTO_INCREMENT = 100;

-- the demo staff account holds every role, so a new user can try every screen at once
INSERT IGNORE INTO staff (login_id, password_hash, name, branch_code, active, demo_account, created_at, updated_at, updated_by) VALUES
 ('admin', 'pbkdf2$60000$PH+BWMzVe+3Q3Tl8YfwqcA==$KMCTZZrlBTjj16CIFT4LnGhobLElF/iNrLUxm+xJhQk=', '관리자', '0040', TRUE, TRUE,
  NOW(3), NOW(3), 'demo');
INSERT IGNORE INTO staff_role (staff_id, role)
    SELECT s.id, r.role FROM staff s,
        (SELECT 'ADMIN' AS role UNION ALL SELECT 'ORDERS' UNION ALL SELECT 'MARKETING'
         UNION ALL SELECT 'SETTLEMENT' UNION ALL SELECT 'READONLY') r
    WHERE s.login_id = 'admin' AND s.demo_account;

UPDATE member SET demo_account = TRUE WHERE login_id IN ('altwell', 'miran', 'yongchan', 'minjae');
