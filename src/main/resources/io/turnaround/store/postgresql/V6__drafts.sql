-- What is typed in an add-line or an add-form field and not yet entered (a problem, a question, a fact being written),
-- saved like any edit so that a crash mid-sentence loses nothing. One row per field that holds text; entering the item
-- deletes its row in the same transaction that stores the item.
CREATE TABLE drafts (
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    field   TEXT    NOT NULL,
    text    TEXT    NOT NULL,
    PRIMARY KEY (case_id, field)
);
