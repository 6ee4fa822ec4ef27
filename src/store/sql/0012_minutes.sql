-- Minutes (issue 11): the chair and the minute-taker of a meeting, the secretary's notes per
-- agenda item, action items, and the sealed text of approved minutes.
--
-- A seal is written once: its text and SHA-256 can never change, also not from the sqlite3 shell
-- (the triggers below). A correction is a new seal that names the one it corrects.

ALTER TABLE meeting ADD COLUMN chair_id INTEGER REFERENCES member(id);
ALTER TABLE meeting ADD COLUMN secretary_id INTEGER REFERENCES member(id);

-- What was said under an item (agenda_item_id NULL: about the meeting as a whole), in the order
-- written. correction: written after the minutes were sealed, for the approval that corrects them.
CREATE TABLE minutes_note (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    agenda_item_id  INTEGER REFERENCES agenda_item(id) ON DELETE RESTRICT,
    text            TEXT NOT NULL CHECK (text <> ''),
    correction      INTEGER NOT NULL DEFAULT 0 CHECK (correction IN (0, 1)),
    created_at      TEXT NOT NULL
) STRICT;

CREATE INDEX minutes_note_meeting ON minutes_note(meeting_id, id);

-- An action item (actiepunt): numbered across meetings; done_at set by `actions done`.
CREATE TABLE action_item (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    agenda_item_id  INTEGER REFERENCES agenda_item(id) ON DELETE RESTRICT,
    who             TEXT NOT NULL CHECK (who <> ''),
    what            TEXT NOT NULL CHECK (what <> ''),
    due             TEXT,
    done_at         TEXT,
    created_at      TEXT NOT NULL
) STRICT;

CREATE INDEX action_item_meeting ON action_item(meeting_id, id);

-- Approved minutes: the text as approved (Markdown, in the language it was approved in), its
-- SHA-256 (hex of the UTF-8 bytes), where and how it was approved.
CREATE TABLE minutes_seal (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    approved_at     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    -- 'vote': by the vote named; 'acclamation': without a vote counted
    approved_by     TEXT NOT NULL CHECK (approved_by IN ('vote', 'acclamation')),
    vote_id         INTEGER REFERENCES vote(id) ON DELETE RESTRICT,
    lang            TEXT NOT NULL CHECK (lang IN ('nl', 'en')),
    text            TEXT NOT NULL,
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    corrects        INTEGER REFERENCES minutes_seal(id) ON DELETE RESTRICT,
    created_at      TEXT NOT NULL,
    CHECK ((approved_by = 'vote') = (vote_id IS NOT NULL))
) STRICT;

CREATE INDEX minutes_seal_meeting ON minutes_seal(meeting_id, id);

CREATE TRIGGER minutes_seal_no_update BEFORE UPDATE ON minutes_seal
BEGIN
    SELECT RAISE(ABORT, 'sealed minutes cannot be changed; a correction is a new approval');
END;

CREATE TRIGGER minutes_seal_no_delete BEFORE DELETE ON minutes_seal
BEGIN
    SELECT RAISE(ABORT, 'sealed minutes cannot be deleted');
END;

-- Once sealed, the notes the seal was drafted from stay as they were: new ones only as corrections.
CREATE TRIGGER minutes_note_sealed_update BEFORE UPDATE ON minutes_note
WHEN EXISTS (SELECT 1 FROM minutes_seal s WHERE s.meeting_id = OLD.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'the minutes of this meeting are sealed; their notes cannot be changed');
END;

CREATE TRIGGER minutes_note_sealed_delete BEFORE DELETE ON minutes_note
WHEN EXISTS (SELECT 1 FROM minutes_seal s WHERE s.meeting_id = OLD.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'the minutes of this meeting are sealed; their notes cannot be deleted');
END;

CREATE TRIGGER minutes_note_sealed_insert BEFORE INSERT ON minutes_note
WHEN NEW.correction = 0
    AND EXISTS (SELECT 1 FROM minutes_seal s WHERE s.meeting_id = NEW.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'the minutes of this meeting are sealed; a new note is a correction');
END;

CREATE TRIGGER action_item_sealed_update BEFORE UPDATE OF meeting_id, agenda_item_id, who, what, due
ON action_item
WHEN EXISTS (SELECT 1 FROM minutes_seal s WHERE s.meeting_id = OLD.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'the minutes of this meeting are sealed; its action items cannot be changed');
END;
