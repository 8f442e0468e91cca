-- The call clock can pause; the manager's settings (such as the buffer before a proposed date).

ALTER TABLE cases ADD COLUMN call_paused_since TEXT;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
