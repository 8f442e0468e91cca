-- How each expectation was negotiated: one row per state it went through, with the measure said in it
-- ("200 overnight", then "120 by 7 am and 80 by 2 pm", then agreed). Written with the expectations.
CREATE TABLE expectation_history (
    case_id        BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    expectation_id TEXT    NOT NULL,
    position       BIGINT NOT NULL,
    at             TEXT,
    state          TEXT    NOT NULL,
    measure        TEXT    NOT NULL,
    PRIMARY KEY (case_id, expectation_id, position)
);
