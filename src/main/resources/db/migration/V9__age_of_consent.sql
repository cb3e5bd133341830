-- The age of digital consent per country (C5), seeded from legal/age-of-digital-consent.csv and
-- edited by admins (every change is in the audit log). '*' is every country not listed.

CREATE TABLE age_of_consent (
    country     VARCHAR(2) PRIMARY KEY,
    age         INTEGER NOT NULL,
    source      VARCHAR(300) NOT NULL,
    since       DATE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  BIGINT
);
