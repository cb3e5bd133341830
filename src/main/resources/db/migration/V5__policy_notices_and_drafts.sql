-- Notices about changed or upcoming legal documents that a user has dismissed (each is shown once),
-- and the drafts of next versions.

CREATE TABLE policy_notice_dismissal (
    account_id    BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    version_id    BIGINT NOT NULL REFERENCES policy_version (id),
    dismissed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT policy_notice_dismissal_pk PRIMARY KEY (account_id, version_id)
);

-- The draft of each document's next version, one row per language, edited in the admin pages.

CREATE SEQUENCE policy_draft_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE policy_draft (
    id             BIGINT PRIMARY KEY,
    kind           VARCHAR(40) NOT NULL,
    version        INTEGER NOT NULL,
    language       VARCHAR(8) NOT NULL,
    change_kind    VARCHAR(20) NOT NULL,
    summary        VARCHAR(2000) NOT NULL,
    child_summary  VARCHAR(2000) NOT NULL,
    markdown       TEXT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     BIGINT,
    row_version    BIGINT NOT NULL,
    CONSTRAINT policy_draft_unique UNIQUE (kind, language)
);
