package io.turnaround.domain;

/**
 * The inputs that hold typed text not yet part of the case: the "add …" lines and the fields of the
 * add forms. What is typed there is kept as a {@link Draft} and saved like any edit, so a crash
 * mid-sentence loses nothing. (The note line on Listen keeps its draft in {@link Listen#noteDraft()}.)
 * The names are stored in the database: rename one only with a migration.
 */
public enum DraftField {
    ASK_QUESTION,
    ASK_PROBLEM,
    ASK_CHECK_DOWN,
    PRODUCE_EXPECTATION,
    FACT_TIME,
    FACT_WHAT,
    FACT_EVIDENCE,
    SCENARIO,
    PARTY_NAME,
    PARTY_ORGANISATION,
    PARTY_ROLE,
    PARTY_EMAIL,
    ACTION_WHAT,
    ACTION_OWNER,
    /** The call bar's one-line quick note, on any step while the call runs. */
    QUICK_NOTE
}
