-- A signed-in viewer's embed decisions go with their account when it is deleted.
ALTER TABLE embed_decision ADD COLUMN account_id BIGINT REFERENCES account (id) ON DELETE CASCADE;
