-- Search finds a word in any of its forms ("refunds" finds "refund"): beside the text as written, the index holds the
-- distinct stems of the case's words in its language (store/SearchWords.java), those of the head (reference, customer,
-- subject) counting as the head does. The old index is kept under another name until store/SearchIndex.addStems has
-- filled the new one from it, in the same transaction.
ALTER TABLE case_search RENAME TO case_search_v11;
CREATE VIRTUAL TABLE case_search USING fts5(
    reference,
    customer,
    subject,
    body,
    head_stems,
    body_stems,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO case_search (case_search, rank) VALUES ('rank', 'bm25(10.0, 6.0, 6.0, 1.0, 6.0, 1.0)');
