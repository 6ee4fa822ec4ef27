-- Issue 26: proposals to dismiss or suspend a board member (BW 2:37; model statutes), decided by
-- `board_dismissal_majority`; a suspension lapses after `board_suspension_max_days` unless a
-- dismissal follows. The kind's CHECK constraint is part of the table, so the table is rebuilt:
-- every row, index and reference kept. `member_id` names the board member the proposal is about.
-- Never edit once released.
--
-- The rebuild runs inside the migration's transaction with foreign keys on: the rows are copied
-- aside, the old table dropped with the check of its references deferred, and the same rows
-- inserted into the new table, which satisfies every reference again before the commit checks.

PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE proposal_rows AS SELECT * FROM proposal;

DROP TABLE proposal;

CREATE TABLE proposal (
    id              INTEGER PRIMARY KEY,
    -- NULL until it is put to a meeting
    meeting_id      INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    -- the verbatim text (for a statute amendment: the amendment word for word, BW 2:42)
    text            TEXT,
    -- the day the current text was recorded
    text_on         TEXT,
    kind            TEXT NOT NULL CHECK (kind IN ('ordinary', 'statutes', 'dissolution', 'budget',
                        'accounts', 'discharge', 'appointment', 'other',
                        'board-dismissal', 'board-suspension')),
    by_board        INTEGER NOT NULL DEFAULT 0 CHECK (by_board IN (0, 1)),
    -- the proposal this one amends; an amendment is voted before it
    amends          INTEGER REFERENCES proposal(id) ON DELETE RESTRICT,
    -- draft until a vote opens on it, decided after the vote
    status          TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'withdrawn', 'voting', 'decided')),
    withdrawn_at    TEXT,
    -- the first day the verbatim text lies open for inspection (statute amendments, BW 2:42)
    text_open_from  TEXT,
    created_at      TEXT NOT NULL,
    -- the board member a dismissal or suspension is about (NULL for every other kind)
    member_id       INTEGER REFERENCES member(id) ON DELETE RESTRICT,
    CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL)),
    CHECK (amends IS NULL OR amends <> id),
    CHECK ((kind IN ('board-dismissal', 'board-suspension')) = (member_id IS NOT NULL))
) STRICT;

INSERT INTO proposal (id, meeting_id, title, text, text_on, kind, by_board, amends, status,
                      withdrawn_at, text_open_from, created_at, member_id)
SELECT id, meeting_id, title, text, text_on, kind, by_board, amends, status,
       withdrawn_at, text_open_from, created_at, NULL
FROM proposal_rows ORDER BY id;

DROP TABLE proposal_rows;

CREATE INDEX proposal_meeting ON proposal(meeting_id);
CREATE INDEX proposal_amends ON proposal(amends) WHERE amends IS NOT NULL;
CREATE INDEX proposal_member ON proposal(member_id) WHERE member_id IS NOT NULL;
