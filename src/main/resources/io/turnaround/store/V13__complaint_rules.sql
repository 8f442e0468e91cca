-- A case as a regulated complaint (UK FCA, US CFPB, ISO 10002): the rules, when it was received, what it is about for
-- the complaint register, its outcome; the redress offered and paid and the letters sent, a table each. The deadline
-- still to meet is kept on the row (computed by the app at each save) so the list sorts and filters by it.
ALTER TABLE cases ADD COLUMN regime TEXT NOT NULL DEFAULT 'NONE';
ALTER TABLE cases ADD COLUMN received_at TEXT;
ALTER TABLE cases ADD COLUMN product TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN root_cause TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN payment_services INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN delay_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN promised_by TEXT;
ALTER TABLE cases ADD COLUMN outcome TEXT NOT NULL DEFAULT 'NONE';
ALTER TABLE cases ADD COLUMN outcome_reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN referred_on TEXT;
ALTER TABLE cases ADD COLUMN response_due_utc INTEGER;
CREATE INDEX cases_by_response_due ON cases (coalesce(response_due_utc, 9223372036854775807));
CREATE INDEX cases_regulated ON cases (id) WHERE regime <> 'NONE';

CREATE TABLE complaint_redress (
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    id        TEXT    NOT NULL,
    paid      INTEGER NOT NULL,
    amount    TEXT    NOT NULL,
    currency  TEXT    NOT NULL,
    on_date   TEXT,
    note      TEXT    NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE complaint_letters (
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    id        TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    sent_at   TEXT,
    PRIMARY KEY (case_id, position)
);
