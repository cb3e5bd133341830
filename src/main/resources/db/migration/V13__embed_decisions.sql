-- Viewers' decisions about embed providers (C6), kept until they expire (server-side). The holder
-- is 'account:<id>' for a signed-in viewer or 'viewer:<sha256 of the consent id cookie>' for an
-- anonymous one; each decision is also a consent event on the holder's ledger subject.
CREATE TABLE embed_decision (
    holder      VARCHAR(80) NOT NULL,
    provider    VARCHAR(40) NOT NULL,
    decision    VARCHAR(12) NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT embed_decision_pk PRIMARY KEY (holder, provider)
);

-- The ledger subject of an anonymous viewer, found by the hash of their consent id cookie.
CREATE TABLE embed_viewer (
    id_hash     VARCHAR(64) PRIMARY KEY,
    subject     VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Advanced Media Settings (C6): a PRO or PREMIUM owner's switch that skips the consent notice
-- when their images are framed by one of their own sites, which run their own consent scheme.
CREATE TABLE media_settings (
    owner_id           BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    notice_off         BOOLEAN NOT NULL,
    origins            VARCHAR(2000) NOT NULL,
    confirmation_hash  VARCHAR(64),
    changed_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
