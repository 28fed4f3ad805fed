-- Bench data set, part 1: a mall's catalog and members, made in SQL from MariaDB's sequence
-- engine (seq_1_to_N) so 110,000 rows take seconds. Deterministic: every value is a function of
-- the row number, nothing is random, so two bench runs compare like with like.
-- Runs after the application migrated the schema (and, in demo mode, loaded the demo rows).
-- Bench rows are told apart by their codes and logins: products 9…, members bench……, slips
-- from 0001000001 on (orders.sql).

SET SESSION foreign_key_checks = 0, unique_checks = 0;

-- 10,000 products over the six corners of the seed (category ids 1..6, V3 migration), ids
-- 1001..11000. A few per thousand are inactive; one in 400 is recommended (the home page).
-- Stock is large, so checkout never runs dry, except products 1001..1005: 30 each, the ones the
-- checkout workload sells out on purpose (재고 부족 is then an expected answer).
INSERT INTO product (id, code, category_id, kind, name, supplier, consumer_price, sale_price,
                     discount_bonus, sponsor_bonus, stock, recommended, sort_order, description, active)
SELECT 1000 + s.seq,
       CONCAT('9', 1 + s.seq % 6, LPAD(s.seq, 10, '0')),
       1 + s.seq % 6,
       ELT(1 + s.seq % 6 * 5 + (s.seq DIV 6) % 5,
           'PCS', '휴대폰', '무선호출기', '전화기', '팩스',
           '컴퓨터세트', '노트북', '모니터', '프린터', '주변기기',
           '프로그래밍', '마케팅', '데이터베이스', '네트워크', '운영체제',
           '시계', '가방', '화장품', '의류', '잡화',
           '백화점상품권', '도서상품권', '금강제화상품권', '외식상품권', '주유상품권',
           '냉난방기기', '수납용품', '운동기구', '주방용품', '생활가전'),
       CONCAT(ELT(1 + s.seq % 6 * 5 + (s.seq DIV 6) % 5,
           'PCS', '휴대폰', '무선호출기', '전화기', '팩스',
           '컴퓨터세트', '노트북', '모니터', '프린터', '주변기기',
           '프로그래밍', '마케팅', '데이터베이스', '네트워크', '운영체제',
           '시계', '가방', '화장품', '의류', '잡화',
           '백화점상품권', '도서상품권', '금강제화상품권', '외식상품권', '주유상품권',
           '냉난방기기', '수납용품', '운동기구', '주방용품', '생활가전'), ' 모델 ', s.seq),
       ELT(1 + s.seq % 7, '삼성전자', 'LG전자', '만도기계', '한빛미디어', '엘트웰아이앤씨', '가화', '금강제화'),
       (5 + s.seq * 7919 % 995) * 1100,
       (5 + s.seq * 7919 % 995) * 1000,
       (5 + s.seq * 7919 % 995) * 30,
       (5 + s.seq * 7919 % 995) * 20,
       IF(s.seq <= 5, 30, 1000000),
       s.seq % 400 = 0,
       s.seq,
       CONCAT('벤치마크 상품 ', s.seq, '. 매장 규모의 카탈로그를 채우는 설명 문장입니다.'),
       s.seq % 250 <> 0
FROM seq_1_to_10000 s;

-- 100,000 members, ids 100001..200000, login bench000001..bench100000, all with the hash of the
-- bench password (only the checkout buyers sign in; one hash, made once, see README of the
-- bench). One in 50 is an agency (대리점); three in five of the others have their block's agency
-- as upper member, so sponsor bonus has someone to go to.
INSERT INTO member (id, member_no, login_id, password_hash, name, phone, email, postal_code, address,
                    birth_date, gender, member_type, upper_member_id,
                    consent_email, consent_sms, consent_dm, consent_phone, joined_at, updated_at,
                    name_key, phone_key, email_key)
SELECT 100000 + s.seq,
       CONCAT('9', LPAD(s.seq, 15, '0')),
       CONCAT('bench', LPAD(s.seq, 6, '0')),
       'argon2id$v=19$m=19456,t=2,p=1$dpob8U3Lh0S8wdQLSGniHQ$c1A2Mdzb29OtMC5NDXSAnv8HFkviQAc12/WbLXCxadU',
       CONCAT(ELT(1 + s.seq % 10, '김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'),
              ELT(1 + (s.seq DIV 10) % 10, '민', '서', '지', '현', '준', '수', '영', '하', '도', '예'),
              ELT(1 + (s.seq DIV 100) % 10, '준', '연', '우', '진', '호', '은', '빈', '윤', '아', '훈')),
       CONCAT('010-', LPAD(s.seq DIV 10000 + 1000, 4, '0'), '-', LPAD(s.seq % 10000, 4, '0')),
       CONCAT('bench', s.seq, '@bench.market25.example'),
       LPAD(1000 + s.seq * 37 % 62000, 5, '0'),
       CONCAT(ELT(1 + s.seq % 5, '서울특별시 강남구 테헤란로 ', '경기도 평택시 세교동 ', '부산광역시 해운대구 센텀로 ',
                  '대전광역시 유성구 대학로 ', '서울특별시 중구 세종대로 '), 1 + s.seq % 300, ' ', s.seq % 20 + 1, '층'),
       DATE '1950-01-01' + INTERVAL (s.seq * 131 % 18000) DAY,
       IF(s.seq % 2 = 0, 'F', 'M'),
       IF(s.seq % 50 = 1, 'AGENCY', IF(s.seq % 10 < 8, 'INTERNET', 'REGULAR')),
       IF(s.seq % 50 <> 1 AND s.seq % 5 < 3, 100000 + s.seq - (s.seq - 1) % 50, NULL),
       s.seq % 3 = 0, s.seq % 4 = 0, s.seq % 7 = 0, s.seq % 11 = 0,
       (UTC_TIMESTAMP(3) + INTERVAL 9 HOUR) - INTERVAL 5 * 365 DAY + INTERVAL (s.seq * 1577) SECOND,
       (UTC_TIMESTAMP(3) + INTERVAL 9 HOUR) - INTERVAL 5 * 365 DAY + INTERVAL (s.seq * 1577) SECOND,
       -- the search keys customer.ContactKeys writes (names without spaces, phone digits, e-mail as is)
       NULL, CONCAT('010', LPAD(s.seq DIV 10000 + 1000, 4, '0'), LPAD(s.seq % 10000, 4, '0')),
       CONCAT('bench', s.seq, '@bench.market25.example')
FROM seq_1_to_100000 s;

UPDATE member SET name_key = name WHERE id > 100000 AND name_key IS NULL;

SET SESSION foreign_key_checks = 1, unique_checks = 1;
