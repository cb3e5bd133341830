-- Published versions of the legal documents with their exact texts, and the admin audit log.

CREATE SEQUENCE policy_version_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE policy_version (
    id            BIGINT PRIMARY KEY,
    kind          VARCHAR(40) NOT NULL,
    version       INTEGER NOT NULL,
    change_kind   VARCHAR(20) NOT NULL,
    effective_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(20) NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  BIGINT,
    retired_at    TIMESTAMP WITH TIME ZONE,
    row_version   BIGINT NOT NULL,
    CONSTRAINT policy_version_unique UNIQUE (kind, version)
);

CREATE SEQUENCE policy_text_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE policy_text (
    id             BIGINT PRIMARY KEY,
    version_id     BIGINT NOT NULL REFERENCES policy_version (id),
    language       VARCHAR(8) NOT NULL,
    markdown       TEXT NOT NULL,
    sha256         VARCHAR(64) NOT NULL,
    summary        VARCHAR(2000) NOT NULL,
    child_summary  VARCHAR(2000) NOT NULL,
    CONSTRAINT policy_text_unique UNIQUE (version_id, language)
);

CREATE SEQUENCE audit_entry_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id          BIGINT PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    BIGINT,
    actor       VARCHAR(254),
    action      VARCHAR(60) NOT NULL,
    target      VARCHAR(200),
    detail      VARCHAR(2000),
    ip          VARCHAR(45)
);

CREATE INDEX audit_entry_at ON audit_entry (at);
