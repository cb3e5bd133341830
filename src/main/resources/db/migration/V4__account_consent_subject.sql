-- Each account's opaque subject id in the consent ledger (the only link from a person to their
-- consent events; erasing the account removes it).
ALTER TABLE account ADD COLUMN consent_subject VARCHAR(64);
ALTER TABLE account ADD CONSTRAINT account_consent_subject_unique UNIQUE (consent_subject);
