-- The case list is queried a page at a time, in the order the user chose (store/CaseListQuery.java): one index per
-- sort key, on the very expression the query orders by, with the case id that breaks ties, so the first page of any
-- order reads a page of the index, not every case. Text keys compare byte by byte (COLLATE "C"), as in SQLite, so
-- both engines list cases in the same order whatever the database's locale.
DROP INDEX cases_opened;
CREATE INDEX cases_opened ON cases ((opened_at COLLATE "C"), id);
CREATE INDEX cases_by_reference ON cases ((reference COLLATE "C"), id);
CREATE INDEX cases_by_customer ON cases ((lower(customer_org) COLLATE "C"), id);
CREATE INDEX cases_by_subject ON cases ((lower(subject) COLLATE "C"), id);
CREATE INDEX cases_by_owner ON cases ((owner COLLATE "C"), id);
CREATE INDEX cases_by_status ON cases ((CASE status WHEN 'OPEN_ON_CALL' THEN 0 WHEN 'INVESTIGATING' THEN 1
    WHEN 'AWAITING_APPROVAL' THEN 2 WHEN 'APPROVED' THEN 3 WHEN 'CLOSED' THEN 4 ELSE 5 END), id);
CREATE INDEX cases_by_next_contact ON cases ((coalesce(next_contact_utc, 9223372036854775807)), id);
-- The sample case, found at once among any number of cases (the welcome offers it).
CREATE INDEX cases_samples ON cases (id) WHERE is_sample = 1;
-- The body's part of the search document kept apart, so that a keystroke in the subject indexes the head again without
-- parsing the body (store/PostgresSearch.java): the document is the head's part followed by this one.
ALTER TABLE case_search ADD COLUMN body_document tsvector;
UPDATE case_search SET body_document = setweight(to_tsvector('simple', folded_body), 'D');
ALTER TABLE case_search ALTER COLUMN body_document SET NOT NULL;
