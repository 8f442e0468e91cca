-- Who: the audit log records the role that made each change (empty in the case file on one computer, where there is
-- only its manager), and a case has an owner, the role that opened it.
ALTER TABLE audit_log ADD COLUMN actor TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN owner TEXT NOT NULL DEFAULT '';
