-- Approval is a record the firm may have to prove: an approved revision can never be changed or
-- deleted, a sent revision's content never changes, and every change to a case is written to
-- an append-only audit log whose rows are chained by SHA-256 (AuditLog.verify finds tampering).

CREATE TRIGGER revisions_sent_content_is_frozen
BEFORE UPDATE OF case_id, number, frozen_content, sha256, sent_at ON revisions
BEGIN
    SELECT RAISE(ABORT, 'a sent revision cannot be changed');
END;

CREATE TRIGGER revisions_approved_cannot_change
BEFORE UPDATE ON revisions
WHEN OLD.response = 'APPROVED'
BEGIN
    SELECT RAISE(ABORT, 'an approved revision cannot be changed');
END;

-- The sample case shipped with the app may be deleted with its revisions; nothing else may.
CREATE TRIGGER revisions_approved_cannot_be_deleted
BEFORE DELETE ON revisions
WHEN OLD.response = 'APPROVED'
     AND COALESCE((SELECT is_sample FROM cases WHERE id = OLD.case_id), 0) = 0
BEGIN
    SELECT RAISE(ABORT, 'an approved revision cannot be deleted');
END;

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    case_id   INTEGER NOT NULL,
    action    TEXT    NOT NULL,
    detail    TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE INDEX audit_log_case ON audit_log (case_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
