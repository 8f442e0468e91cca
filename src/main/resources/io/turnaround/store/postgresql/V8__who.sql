-- Who: the audit log records the PostgreSQL role that made each change, and a case has an owner, the role that opened
-- it (its column's default, so every way of creating a case sets it).
ALTER TABLE audit_log ADD COLUMN actor TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN owner TEXT NOT NULL DEFAULT current_user;
