-- The order of the meeting and its documents (issue 27).
--
-- said_at: the moment in the meeting a note tells of (RFC 3339, UTC, as votes' opened_at), so
-- that the minutes tell notes, votes and elections of an item in the order they happened. A
-- note written during the meeting is said when written; one written afterwards is placed with
-- `minutes note M --at 20.15`. Notes written before this migration were said when their journal
-- entry was written (the same moment as created_at, which stays as it was).
ALTER TABLE minutes_note ADD COLUMN said_at TEXT;

-- The backfill changes notes of sealed minutes too; their text, item and correction stay as they
-- were, and the guard comes back unchanged before the migration commits.
DROP TRIGGER minutes_note_sealed_update;

UPDATE minutes_note SET said_at = COALESCE(
    (SELECT j.at FROM journal j
      WHERE j.action = 'minutes.note' AND j.entity = 'minutes_note'
        AND j.entity_id = CAST(minutes_note.id AS TEXT)
      ORDER BY j.seq LIMIT 1),
    created_at);

CREATE TRIGGER minutes_note_sealed_update BEFORE UPDATE ON minutes_note
WHEN EXISTS (SELECT 1 FROM minutes_seal s WHERE s.meeting_id = OLD.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'the minutes of this meeting are sealed; their notes cannot be changed');
END;

-- The meeting documents (stukken) of an agenda item: the annual accounts, the budget, the text of
-- a statute amendment. The letter lists them under their item with where they lie (`lies`, "ter
-- inzage bij de secretaris") or that they are enclosed (`file`: the name of the file sent along,
-- and its SHA-256, so that the record says which version went out). late: added or removed after
-- the convocation went out, with --force (members had less time to read it).
CREATE TABLE meeting_document (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    agenda_item_id  INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE RESTRICT,
    title           TEXT NOT NULL CHECK (title <> ''),
    lies            TEXT CHECK (lies <> ''),
    file            TEXT CHECK (file <> ''),
    file_sha256     TEXT CHECK (length(file_sha256) = 64),
    late            INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    created_at      TEXT NOT NULL,
    CHECK ((file IS NULL) = (file_sha256 IS NULL))
) STRICT;

CREATE INDEX meeting_document_meeting ON meeting_document(meeting_id, id);
