-- Minutes circulated for approval (issue 27): `minutes draft M --circulate` freezes the text the
-- members are sent, with its SHA-256; `minutes approve` seals exactly that text (the seal names the
-- circulation) or refuses when the facts changed since. A circulated version never changes.

CREATE TABLE minutes_circulation (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    lang            TEXT NOT NULL CHECK (lang IN ('nl', 'en')),
    -- the names of those present were printed (`--names`)
    names           INTEGER NOT NULL DEFAULT 0 CHECK (names IN (0, 1)),
    circulated_on   TEXT NOT NULL,
    text            TEXT NOT NULL,
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    created_at      TEXT NOT NULL
) STRICT;

CREATE INDEX minutes_circulation_meeting ON minutes_circulation(meeting_id, id);

CREATE TRIGGER minutes_circulation_no_update BEFORE UPDATE ON minutes_circulation
BEGIN
    SELECT RAISE(ABORT, 'circulated minutes cannot be changed; circulate a new version');
END;

CREATE TRIGGER minutes_circulation_no_delete BEFORE DELETE ON minutes_circulation
BEGIN
    SELECT RAISE(ABORT, 'circulated minutes cannot be deleted');
END;

-- The circulated version a seal approved (NULL: sealed as composed at approval, before issue 27
-- or without a circulation).
ALTER TABLE minutes_seal ADD COLUMN circulation_id INTEGER REFERENCES minutes_circulation(id);

-- The tellers (stemcommissie) of a meeting, recorded with `meeting edit M --tellers N…` and
-- named in the minutes.
CREATE TABLE meeting_teller (
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    PRIMARY KEY (meeting_id, member_id)
) STRICT;
