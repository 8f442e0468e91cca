-- (Its second part, the search index's body kept apart, is PostgreSQL's alone: FTS5 keeps one row per case.)
-- The case list is queried a page at a time, in the order the user chose (store/CaseListQuery.java): one index per
-- sort key, on the very expression the query orders by, so the first page of any order reads a page of the index, not
-- every case. (The rowid, the case id, is in every index and breaks ties.) reference is indexed by its UNIQUE
-- constraint and opened_at by V1.
CREATE INDEX cases_by_customer ON cases (lower(customer_org));
CREATE INDEX cases_by_subject ON cases (lower(subject));
CREATE INDEX cases_by_owner ON cases (owner);
CREATE INDEX cases_by_status ON cases ((CASE status WHEN 'OPEN_ON_CALL' THEN 0 WHEN 'INVESTIGATING' THEN 1
    WHEN 'AWAITING_APPROVAL' THEN 2 WHEN 'APPROVED' THEN 3 WHEN 'CLOSED' THEN 4 ELSE 5 END));
CREATE INDEX cases_by_next_contact ON cases (coalesce(next_contact_utc, 9223372036854775807));
-- The sample case, found at once among any number of cases (the welcome offers it).
CREATE INDEX cases_samples ON cases (id) WHERE is_sample = 1;
