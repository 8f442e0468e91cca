-- The covering text of a summary, who signs it and its language belong to the case: they are part of what is sent and frozen
-- with each revision. The covering text used to live in the settings table under 'summary.cover.<case id>', where
-- it outlived a deleted case; it moves here.
ALTER TABLE cases ADD COLUMN cover_text TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN signer_party_id TEXT;
ALTER TABLE cases ADD COLUMN summary_language TEXT NOT NULL DEFAULT '';

-- What is typed in the note line and not yet entered, saved like any edit: a crash mid-sentence loses nothing.
ALTER TABLE cases ADD COLUMN note_draft TEXT NOT NULL DEFAULT '';

UPDATE cases SET cover_text = (SELECT value FROM settings WHERE key = 'summary.cover.' || cases.id)
WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'summary.cover.' || cases.id);

DELETE FROM settings WHERE key LIKE 'summary.cover.%';
