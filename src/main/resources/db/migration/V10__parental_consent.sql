-- Underage users (C5): an account below its country's age of digital consent waits for a parent's
-- or guardian's approval. The parent's address is kept only while the request is open (to send
-- the link); afterwards only its keyed hash remains.

ALTER TABLE account ADD COLUMN guardian VARCHAR(20);

CREATE TABLE parental_request (
    account_id    BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    parent_email  VARCHAR(254),
    parent_hash   VARCHAR(64) NOT NULL,
    token_hash    VARCHAR(64) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at   TIMESTAMP WITH TIME ZONE,
    decided_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT parental_request_token UNIQUE (token_hash)
);
