-- Full-text search over every case: one row per case. The text is indexed as written and matched with accents and
-- case folded in Java (SearchIndex.fold keeps every character's place, so a snippet is cut from the text as written):
-- "angstrom" finds "Ångström". A match in the reference counts most (weight A), then the customer and the subject
-- (B), then the rest of the text (D), as bm25's weights do in the SQLite file.
CREATE TABLE case_search (
    case_id     BIGINT PRIMARY KEY,
    reference   TEXT   NOT NULL,
    customer    TEXT   NOT NULL,
    subject     TEXT   NOT NULL,
    body        TEXT   NOT NULL,
    folded_body TEXT   NOT NULL,
    document    tsvector NOT NULL
);
CREATE INDEX case_search_document ON case_search USING gin (document);
