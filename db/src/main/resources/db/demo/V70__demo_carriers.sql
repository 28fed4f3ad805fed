-- Demo mode only: the well-known carriers switched on with example contract fees per parcel.
UPDATE carrier SET active = TRUE, fee_per_parcel = 2500, updated_by = 'DEMO' WHERE code = 'CJ';
UPDATE carrier SET active = TRUE, fee_per_parcel = 2300, updated_by = 'DEMO' WHERE code = 'HANJIN';
UPDATE carrier SET active = TRUE, fee_per_parcel = 2400, updated_by = 'DEMO' WHERE code = 'LOTTE';
UPDATE carrier SET active = TRUE, fee_per_parcel = 3000, updated_by = 'DEMO' WHERE code = 'EPOST';
UPDATE carrier SET active = TRUE, fee_per_parcel = 2200, updated_by = 'DEMO' WHERE code = 'LOGEN';
