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
