-- Full-text search over every case: one row per case, its rowid the case's id.
-- reference, customer and subject are columns of their own so that a match there ranks higher (bm25 weights).
-- unicode61 folds case and removes diacritics: "angstrom" finds "Ångström".
CREATE VIRTUAL TABLE case_search USING fts5(
    reference,
    customer,
    subject,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The ranking, kept by FTS5 itself so that "ORDER BY rank LIMIT n" sorts inside the index: a match in the
-- reference counts 10×, in the customer or subject 6×, in the rest of the text 1×.
INSERT INTO case_search (case_search, rank) VALUES ('rank', 'bm25(10.0, 6.0, 6.0, 1.0)');
