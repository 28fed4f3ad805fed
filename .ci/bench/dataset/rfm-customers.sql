-- RFM bench customers (workloads/rfm.sh): __N__ imported customers of source __SOURCE__ with
-- member numbers __PREFIX__000000001 … in id order. Deterministic: every value is a function of
-- the sequence number. The placeholders are replaced by the workload before it runs.
INSERT INTO member (member_no, name, phone, email, postal_code, address, birth_date, gender, member_type,
                    origin, external_source, external_id, consent_email, consent_sms, joined_at, updated_at)
SELECT CONCAT('__PREFIX__', LPAD(s.seq, 9, '0')),
       CONCAT('RFM고객', s.seq),
       CONCAT('010-', LPAD(s.seq MOD 10000, 4, '0'), '-', LPAD(s.seq DIV 10000 MOD 10000, 4, '0')),
       CONCAT('rfm', s.seq, '@__SOURCE__.example'),
       LPAD(s.seq MOD 63000, 5, '0'),
       ELT(1 + s.seq MOD 6, '서울특별시 강남구 테헤란로 1', '부산광역시 해운대구 1', '경기도 수원시 팔달구 1',
           '대구광역시 중구 1', '충청북도 청주시 1', '제주특별자치도 제주시 1'),
       DATE_SUB('2005-01-01', INTERVAL (s.seq * 37) MOD 18000 DAY),
       IF(s.seq MOD 2 = 0, 'F', 'M'),
       'INTERNET', 'IMPORT', '__SOURCE__', CAST(s.seq AS CHAR),
       s.seq MOD 3 = 0, s.seq MOD 5 = 0,
       '2019-01-01', '2019-01-01'
FROM seq_1_to___N__ s;
