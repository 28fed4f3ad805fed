-- Campaign e-mail (MKT-05): a chunk of mails is claimed by one UPDATE that marks its rows with a
-- random token; the sender then reads back exactly the rows it claimed (a redelivered batch
-- claiming at the same moment gets other rows or none).
ALTER TABLE email_message ADD COLUMN claim_token BIGINT NULL;
