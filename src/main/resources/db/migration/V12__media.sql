-- Plans (C6): set by admins; no billing.
ALTER TABLE account ADD COLUMN plan VARCHAR(10) DEFAULT 'FREE' NOT NULL;

-- Interactive images (C6). The image itself, already without metadata, in a table of its own so
-- that listing and editing never load it; every node of a cluster reads it from the database.
CREATE SEQUENCE media_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE media (
    id           BIGINT PRIMARY KEY,
    public_id    VARCHAR(24) NOT NULL,
    owner_id     BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    title        VARCHAR(200) NOT NULL,
    format       VARCHAR(10) NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    byte_size    INTEGER NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version  BIGINT NOT NULL,
    CONSTRAINT media_public_id UNIQUE (public_id)
);

CREATE INDEX media_owner ON media (owner_id, created_at);

CREATE TABLE media_image (
    media_id  BIGINT PRIMARY KEY REFERENCES media (id) ON DELETE CASCADE,
    bytes     BYTEA NOT NULL
);

-- Tags at percent positions of the image: text, and optionally a link that embeds a provider's
-- content. The provider is resolved again from the register whenever the tag is shown.
CREATE SEQUENCE media_tag_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE media_tag (
    id          BIGINT PRIMARY KEY,
    media_id    BIGINT NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    x_percent   NUMERIC(5, 2) NOT NULL,
    y_percent   NUMERIC(5, 2) NOT NULL,
    label       VARCHAR(500) NOT NULL,
    link        VARCHAR(2000),
    provider    VARCHAR(40),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX media_tag_media ON media_tag (media_id);
