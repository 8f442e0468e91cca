-- Search finds a word in any of its forms ("refunds" finds "refund"): the document holds, beside the words as written,
-- the distinct stems of the case's words in its language (store/SearchWords.java), the head's with the head's weight.
-- store/SearchIndex.addStems indexes every case again, from the text already here, in the same transaction. The folded
-- copy of the body is no longer kept: the words are folded in Java on their way to to_tsvector, and snippets are cut
-- from the body as written.
ALTER TABLE case_search DROP COLUMN folded_body;
