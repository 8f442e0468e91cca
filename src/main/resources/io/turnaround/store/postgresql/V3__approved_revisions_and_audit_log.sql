-- Approval is a record the firm may have to prove: an approved revision can never be changed or
-- deleted, a sent revision's content never changes, and every change to a case is written to
-- an append-only audit log whose rows are chained by SHA-256 (AuditLog.verify finds tampering).
-- The same rules as the SQLite file's triggers, in PL/pgSQL; they hold for every role, psql included.

CREATE FUNCTION turnaround_revision_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.response = 'APPROVED' AND COALESCE((SELECT is_sample FROM cases WHERE id = OLD.case_id), 0) = 0 THEN
            RAISE EXCEPTION 'an approved revision cannot be deleted';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.response = 'APPROVED' THEN
        RAISE EXCEPTION 'an approved revision cannot be changed';
    END IF;
    IF NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.number IS DISTINCT FROM OLD.number
            OR NEW.frozen_content IS DISTINCT FROM OLD.frozen_content OR NEW.sha256 IS DISTINCT FROM OLD.sha256
            OR NEW.sent_at IS DISTINCT FROM OLD.sent_at THEN
        RAISE EXCEPTION 'a sent revision cannot be changed';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER revisions_guard BEFORE UPDATE OR DELETE ON revisions
FOR EACH ROW EXECUTE FUNCTION turnaround_revision_guard();

CREATE TABLE audit_log (
    seq       BIGINT  PRIMARY KEY,
    at        TEXT    NOT NULL,
    case_id   BIGINT  NOT NULL,
    action    TEXT    NOT NULL,
    detail    TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE INDEX audit_log_case ON audit_log (case_id);

CREATE FUNCTION turnaround_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION turnaround_append_only();
