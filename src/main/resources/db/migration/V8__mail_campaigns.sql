-- Mail to many people, sent in the background (C4): newsletters to the opted-in audience and
-- legal notices of a newly published policy version. The audience is fixed when the campaign is
-- created; each recipient's row records what was done for them, in the same transaction as the
-- queued mail, so a restart resumes without sending anything twice.

CREATE SEQUENCE mail_campaign_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE mail_campaign (
    id                 BIGINT PRIMARY KEY,
    kind               VARCHAR(20) NOT NULL,
    marketing_code     VARCHAR(40),
    policy_version_id  BIGINT REFERENCES policy_version (id),
    subject            VARCHAR(300),
    body               TEXT,
    status             VARCHAR(20) NOT NULL,
    total              INTEGER NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         BIGINT,
    finished_at        TIMESTAMP WITH TIME ZONE,
    worker             VARCHAR(60),
    lease_until        TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version        BIGINT NOT NULL
);

CREATE TABLE campaign_recipient (
    campaign_id      BIGINT NOT NULL REFERENCES mail_campaign (id),
    account_id       BIGINT NOT NULL,
    status           VARCHAR(20) NOT NULL,
    mail_message_id  BIGINT,
    reason           VARCHAR(200),
    done_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT campaign_recipient_pk PRIMARY KEY (campaign_id, account_id)
);

CREATE INDEX campaign_recipient_status ON campaign_recipient (campaign_id, status, account_id);
