-- The consent ledger: append-only events with per-subject hash chains, the chain heads that
-- serialise writers of one subject (and only of that subject), and periodic seals.

CREATE SEQUENCE consent_event_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE consent_event (
    id                   BIGINT PRIMARY KEY,
    subject              VARCHAR(64) NOT NULL,
    subject_sequence     BIGINT NOT NULL,
    purpose              VARCHAR(40) NOT NULL,
    decision             VARCHAR(20) NOT NULL,
    document_version_id  BIGINT,
    text_hash            VARCHAR(64),
    language             VARCHAR(8),
    method               VARCHAR(30) NOT NULL,
    occurred_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    ip_truncated         VARCHAR(45),
    user_agent           VARCHAR(300),
    actor                VARCHAR(64),
    submission_token     VARCHAR(64),
    detail               VARCHAR(2000),
    previous_hash        VARCHAR(64) NOT NULL,
    hash                 VARCHAR(64) NOT NULL,
    CONSTRAINT consent_event_chain UNIQUE (subject, subject_sequence),
    CONSTRAINT consent_event_submission UNIQUE (subject, submission_token)
);

CREATE INDEX consent_event_time ON consent_event (occurred_at, id);
CREATE INDEX consent_event_subject_purpose ON consent_event (subject, purpose, occurred_at);

CREATE TABLE consent_chain_head (
    subject        VARCHAR(64) PRIMARY KEY,
    last_sequence  BIGINT NOT NULL,
    last_hash      VARCHAR(64) NOT NULL,
    version        BIGINT NOT NULL
);

CREATE SEQUENCE ledger_seal_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE ledger_seal (
    id              BIGINT PRIMARY KEY,
    window_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end      TIMESTAMP WITH TIME ZONE NOT NULL,
    event_count     BIGINT NOT NULL,
    events_digest   VARCHAR(64) NOT NULL,
    sealed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_hash   VARCHAR(64) NOT NULL,
    hash            VARCHAR(64) NOT NULL,
    CONSTRAINT ledger_seal_chain UNIQUE (previous_hash)
);
