-- What the readers' group role may do (the board, an auditor), granted the same way when it exists: read everything,
-- keep its own window settings, change nothing else. The window opens read-only for it and says so.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'turnaround_readers') THEN
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO turnaround_readers;
        GRANT INSERT, UPDATE, DELETE ON settings TO turnaround_readers;
    END IF;
END
$$;

-- What the managers' group role may do, granted by every migration run (turnaround migrate) when the role exists:
-- read and write the cases, add to the audit log but never change or remove a row of it, read the schema's version.
-- Approved revisions are guarded by triggers for every role; the tables belong to the owner, so no manager can drop
-- a guard.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'turnaround_managers') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO turnaround_managers;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM turnaround_managers;
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON turnaround_schema FROM turnaround_managers;
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO turnaround_managers;
    END IF;
END
$$;
