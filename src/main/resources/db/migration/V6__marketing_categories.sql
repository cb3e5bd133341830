-- Marketing e-mail categories (C4) are data: each with the ledger purpose its choices are recorded
-- under, its place on the forms, and its text per language (what the person is shown and agrees to).

CREATE TABLE marketing_category (
    code      VARCHAR(40) PRIMARY KEY,
    purpose   VARCHAR(40) NOT NULL,
    position  INTEGER NOT NULL,
    active    BOOLEAN NOT NULL
);

CREATE TABLE marketing_category_text (
    code         VARCHAR(40) NOT NULL REFERENCES marketing_category (code),
    language     VARCHAR(8) NOT NULL,
    label        VARCHAR(200) NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    CONSTRAINT marketing_category_text_pk PRIMARY KEY (code, language)
);

INSERT INTO marketing_category (code, purpose, position, active) VALUES
    ('NEWSLETTER', 'MARKETING_NEWSLETTER', 1, TRUE),
    ('PRODUCT_UPDATES', 'MARKETING_PRODUCT_UPDATES', 2, TRUE);

INSERT INTO marketing_category_text (code, language, label, description) VALUES
    ('NEWSLETTER', 'en', 'Monthly newsletter',
     'Once a month, by e-mail: new games and shows, events and offers from Accord. You can unsubscribe at any time, in one click from any newsletter or in your account settings.'),
    ('NEWSLETTER', 'fi', 'Kuukausittainen uutiskirje',
     'Kerran kuukaudessa sähköpostitse: uudet pelit ja ohjelmat, tapahtumat ja tarjoukset Accordilta. Voit perua tilauksen milloin tahansa yhdellä napsautuksella mistä tahansa uutiskirjeestä tai tilisi asetuksista.'),
    ('PRODUCT_UPDATES', 'en', 'Product updates',
     'Occasional e-mails about new features of Accord and changes to the services you use. You can unsubscribe at any time, in one click from any such e-mail or in your account settings.'),
    ('PRODUCT_UPDATES', 'fi', 'Tuotepäivitykset',
     'Satunnaisia sähköposteja Accordin uusista ominaisuuksista ja käyttämiesi palvelujen muutoksista. Voit perua tilauksen milloin tahansa yhdellä napsautuksella mistä tahansa tällaisesta viestistä tai tilisi asetuksista.');
