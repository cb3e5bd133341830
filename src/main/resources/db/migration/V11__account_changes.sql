-- Changes a person makes to the details their account is judged by (birth date, country), with
-- what the re-evaluation decided (C5). Written by INSERT only; deleted with the account.

CREATE SEQUENCE account_change_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE account_change (
    id                 BIGINT PRIMARY KEY,
    account_id         BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    birth_date_before  DATE NOT NULL,
    birth_date_after   DATE NOT NULL,
    country_before     VARCHAR(2) NOT NULL,
    country_after      VARCHAR(2) NOT NULL,
    outcome            VARCHAR(30) NOT NULL
);

CREATE INDEX account_change_account ON account_change (account_id, changed_at);
