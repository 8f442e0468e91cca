-- The whole case model. Single-valued sections live on the case row; lists in child tables
-- ordered by `position`. Times are ISO-8601 text (exact round trip, zones kept); columns
-- ending in _utc hold epoch milliseconds for sorting and range queries. The ids of a case's
-- parts are unique within the case (primary key case_id + id), so a case imported twice keeps its ids.

PRAGMA application_id = 1414680132; -- 'TRND': tells our files from any other SQLite file

CREATE TABLE cases (
    id                  INTEGER PRIMARY KEY,
    reference           TEXT    NOT NULL UNIQUE,
    subject             TEXT    NOT NULL,
    customer_org        TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    category            TEXT    NOT NULL,
    is_sample           INTEGER NOT NULL DEFAULT 0,
    opened_at           TEXT,
    updated_at          TEXT,
    conduct_notes       TEXT    NOT NULL,
    call_started_at     TEXT,
    call_ended_at       TEXT,
    call_paused_ms      INTEGER NOT NULL DEFAULT 0,
    reflect_back        TEXT    NOT NULL,
    reflect_said_at     TEXT,
    breakdown_fact_id   TEXT,
    staff_deviation     TEXT    NOT NULL,
    customer_deviation  TEXT    NOT NULL,
    customer_knows      TEXT    NOT NULL,
    can_be_told         TEXT    NOT NULL,
    responsibility      TEXT    NOT NULL,
    accepted_blame      TEXT    NOT NULL,
    internal_opinion    TEXT    NOT NULL,
    cause_category      TEXT    NOT NULL,
    requested_remedy    TEXT    NOT NULL,
    remedy              TEXT    NOT NULL,
    principle           TEXT    NOT NULL,
    verbal_not_written  INTEGER NOT NULL DEFAULT 0,
    our_cost            TEXT,
    customer_cost       TEXT,
    currency            TEXT    NOT NULL,
    invoice_line        TEXT    NOT NULL,
    terms_references    TEXT    NOT NULL,
    facts_quick         INTEGER,
    fact_finding_dearer INTEGER,
    request_could_hurt  INTEGER,
    stance              TEXT    NOT NULL,
    customer_authority  TEXT    NOT NULL,
    approver_party_id   TEXT,
    next_contact_utc    INTEGER  -- denormalised from commitments for the case list
);
CREATE INDEX cases_opened ON cases (opened_at);

CREATE TABLE parties (
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    name             TEXT    NOT NULL,
    organisation     TEXT    NOT NULL,
    role             TEXT    NOT NULL,
    email            TEXT    NOT NULL,
    phone            TEXT    NOT NULL,
    side             TEXT    NOT NULL,
    receives_summary INTEGER NOT NULL,
    PRIMARY KEY (case_id, id)
);

CREATE TABLE notes (
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    call_offset_ms INTEGER NOT NULL,
    wall_time    TEXT,
    text         TEXT    NOT NULL,
    tag          TEXT    NOT NULL,
    key_point    INTEGER NOT NULL,
    PRIMARY KEY (case_id, id)
);

CREATE TABLE temperatures (
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    at             TEXT,
    call_offset_ms INTEGER NOT NULL,
    level          TEXT    NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE questions (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    position INTEGER NOT NULL,
    kind     TEXT    NOT NULL,
    text     TEXT    NOT NULL,
    answer   TEXT    NOT NULL,
    PRIMARY KEY (case_id, id)
);

CREATE TABLE problems (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    position INTEGER NOT NULL,
    text     TEXT    NOT NULL,
    PRIMARY KEY (case_id, id)
);

CREATE TABLE check_downs (
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    statement  TEXT    NOT NULL,
    state      TEXT    NOT NULL,
    correction TEXT    NOT NULL,
    PRIMARY KEY (case_id, id)
);

CREATE TABLE commitments (
    case_id           INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    position          INTEGER NOT NULL,
    what              TEXT    NOT NULL,
    owner             TEXT    NOT NULL,
    proposed_at       TEXT,
    customer_deadline TEXT,
    due_at            TEXT,
    due_utc           INTEGER,
    next_contact      INTEGER NOT NULL,
    done_at           TEXT,
    PRIMARY KEY (case_id, id)
);
CREATE INDEX commitments_due ON commitments (due_utc) WHERE done_at IS NULL;

CREATE TABLE expectations (
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    state        TEXT    NOT NULL,
    measure      TEXT    NOT NULL,
    escalated_to TEXT    NOT NULL,
    PRIMARY KEY (case_id, id)
);

CREATE TABLE facts (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    position INTEGER NOT NULL,
    on_date  TEXT,
    at_time  TEXT,
    what     TEXT    NOT NULL,
    source   TEXT    NOT NULL,
    evidence TEXT    NOT NULL,
    verified INTEGER NOT NULL,
    kind     TEXT    NOT NULL,
    PRIMARY KEY (case_id, id)
);

CREATE TABLE attachments (
    case_id       INTEGER NOT NULL,
    fact_id       TEXT    NOT NULL,
    id            TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    original_name TEXT    NOT NULL,
    stored_name   TEXT    NOT NULL,
    sha256        TEXT    NOT NULL,
    size          INTEGER NOT NULL,
    PRIMARY KEY (case_id, fact_id, id),
    FOREIGN KEY (case_id, fact_id) REFERENCES facts (case_id, id) ON DELETE CASCADE
);

CREATE TABLE scenarios (
    case_id           INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    position          INTEGER NOT NULL,
    description       TEXT    NOT NULL,
    kept              INTEGER NOT NULL,
    reason            TEXT    NOT NULL,
    evidence_fact_ids TEXT    NOT NULL, -- newline-separated fact ids
    PRIMARY KEY (case_id, id)
);

CREATE TABLE prevention_actions (
    case_id             INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    id                TEXT    NOT NULL,
    position            INTEGER NOT NULL,
    what                TEXT    NOT NULL,
    side                TEXT    NOT NULL,
    owner               TEXT    NOT NULL,
    due_on              TEXT,
    state               TEXT    NOT NULL,
    document_process    INTEGER NOT NULL,
    train_from_document INTEGER NOT NULL,
    done_on             TEXT,
    PRIMARY KEY (case_id, id)
);

CREATE TABLE effectiveness_checks (
    case_id   INTEGER NOT NULL,
    action_id TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    due_on    TEXT,
    result    TEXT    NOT NULL,
    passed    INTEGER,
    PRIMARY KEY (case_id, action_id, position),
    FOREIGN KEY (case_id, action_id) REFERENCES prevention_actions (case_id, id) ON DELETE CASCADE
);

CREATE TABLE revisions (
    case_id            INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    number             INTEGER NOT NULL,
    frozen_content     TEXT    NOT NULL,
    sha256             TEXT    NOT NULL,
    sent_at            TEXT,
    response           TEXT    NOT NULL,
    responder_party_id TEXT,
    responded_at       TEXT,
    comments           TEXT    NOT NULL,
    PRIMARY KEY (case_id, number)
);
