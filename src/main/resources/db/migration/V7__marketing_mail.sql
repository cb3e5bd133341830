-- Marketing mail: whom a message is for and in which category, its RFC 8058 unsubscribe address,
-- and the secret that signs unsubscribe links (the same on every node, kept across restarts).

ALTER TABLE mail_message ADD COLUMN account_id BIGINT;
ALTER TABLE mail_message ADD COLUMN marketing_code VARCHAR(40);
ALTER TABLE mail_message ADD COLUMN unsubscribe_url VARCHAR(600);

CREATE TABLE app_secret (
    name        VARCHAR(60) PRIMARY KEY,
    secret      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
