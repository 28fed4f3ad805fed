-- The demo members are loaded after the schema (db/migration V22 added the search keys), so
-- they get their keys here, the same way V22 gave them to members that existed then: their
-- storefront data is validated, where removing spaces and dashes is all ContactKeys does.
UPDATE member SET
    name_key  = LOWER(REPLACE(name, ' ', '')),
    phone_key = REGEXP_REPLACE(phone, '[^0-9]', ''),
    email_key = LOWER(REPLACE(email, ' ', ''))
WHERE name_key IS NULL;
