-- Accounts, their roles and single-use tokens; sign-in throttling; the mail outbox.
-- Runs unchanged on H2 2.x and PostgreSQL 15.

CREATE SEQUENCE account_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE account (
    id                  BIGINT PRIMARY KEY,
    email               VARCHAR(254) NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    birth_date          DATE NOT NULL,
    country             VARCHAR(2) NOT NULL,
    language            VARCHAR(8) NOT NULL,
    status              VARCHAR(20) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    email_verified_at   TIMESTAMP WITH TIME ZONE,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE SEQUENCE account_token_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE account_token (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    version     BIGINT NOT NULL,
    CONSTRAINT account_token_hash_unique UNIQUE (token_hash)
);

CREATE INDEX account_token_account ON account_token (account_id, purpose);

-- Keyed by a digest of the normalised e-mail address, whether or not an account exists,
-- so that throttling never reveals which addresses have accounts.
CREATE TABLE sign_in_throttle (
    email_key        VARCHAR(64) PRIMARY KEY,
    failures         INTEGER NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE,
    locked           BOOLEAN NOT NULL,
    version          BIGINT NOT NULL
);

CREATE SEQUENCE mail_message_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE mail_message (
    id               BIGINT PRIMARY KEY,
    recipient        VARCHAR(254) NOT NULL,
    subject          VARCHAR(300) NOT NULL,
    body             TEXT NOT NULL,
    category         VARCHAR(20) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    attempts         INTEGER NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500),
    version          BIGINT NOT NULL
);

CREATE INDEX mail_message_due ON mail_message (status, next_attempt_at);
