-- Offices (issue 30): the sitting board with roles and the decisions that appointed and ended
-- each seat, the board changes still to report to the Handelsregister, the audit committee
-- (kascommissie, BW 2:48 lid 2) of each financial year with its report, and a meeting's guests.
-- Never edit once released.

-- A seat on the board: one member in one role from `since` until `ended_on`. A role change ends
-- the seat and opens the next one with the same `term_start`, so the term (and the retirement
-- schedule) runs on. `until`: the term's end when the appointment named one; NULL: the end
-- follows from term_start and board_term_years. The appointing decision is a decision of the
-- register, an election's decision, or "before quorum" (history entered by hand).
CREATE TABLE board_seat (
    id              INTEGER PRIMARY KEY,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    role            TEXT NOT NULL
                    CHECK (role IN ('voorzitter', 'secretaris', 'penningmeester', 'lid')),
    since           TEXT NOT NULL,
    term_start      TEXT NOT NULL,
    until           TEXT,
    decision_id     INTEGER REFERENCES decision(id) ON DELETE RESTRICT,
    election_id     INTEGER REFERENCES election(id) ON DELETE RESTRICT,
    before_quorum   INTEGER NOT NULL DEFAULT 0 CHECK (before_quorum IN (0, 1)),
    ended_on        TEXT,
    -- ended: resigned, dismissed or retired; role: continued in another role; reappointed: a
    -- new term follows at once
    end_reason      TEXT CHECK (end_reason IN ('ended', 'role', 'reappointed')),
    end_decision_id INTEGER REFERENCES decision(id) ON DELETE RESTRICT,
    created_at      TEXT NOT NULL,
    CHECK (before_quorum = 1 OR decision_id IS NOT NULL OR election_id IS NOT NULL),
    CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
    CHECK (ended_on IS NULL OR ended_on >= since),
    CHECK (term_start <= since)
) STRICT;

CREATE INDEX board_seat_member ON board_seat(member_id, since);

-- The board terms that board elections recorded (migration 14) become seats as members ('lid'),
-- with the election's decision; the seat table replaces the term table.
INSERT INTO board_seat (member_id, role, since, term_start, decision_id, election_id, created_at)
SELECT t.member_id, 'lid', t.since, t.since,
       (SELECT d.id FROM decision d WHERE d.election_id = t.election_id),
       t.election_id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM board_term t ORDER BY t.since, t.election_id, t.member_id;

DROP TABLE board_term;

-- What migration 14's table held, for readers written against it (read only).
CREATE VIEW board_term AS
SELECT member_id, election_id, since FROM board_seat
WHERE election_id IS NOT NULL AND term_start = since;

-- A change of the board to report to the Handelsregister (and the UBO register for a vereniging
-- with full legal capacity), due a week after the change; reported_on set by `board reported`.
CREATE TABLE board_report (
    id              INTEGER PRIMARY KEY,
    seat_id         INTEGER NOT NULL REFERENCES board_seat(id) ON DELETE RESTRICT,
    change          TEXT NOT NULL CHECK (change IN ('appointed', 'ended', 'role')),
    changed_on      TEXT NOT NULL,
    due             TEXT NOT NULL,
    ubo             INTEGER NOT NULL CHECK (ubo IN (0, 1)),
    reported_on     TEXT
) STRICT;

-- The audit committee of a financial year: appointed by a decision (or before quorum), its
-- report (file name, SHA-256 and date). accountant = 1: the report is an accountant's statement,
-- which makes a committee unnecessary where kascommissie_exempt_if_accountant.
CREATE TABLE kascommissie (
    year            INTEGER PRIMARY KEY,
    decision_id     INTEGER REFERENCES decision(id) ON DELETE RESTRICT,
    before_quorum   INTEGER NOT NULL DEFAULT 0 CHECK (before_quorum IN (0, 1)),
    report_file     TEXT,
    report_sha256   TEXT,
    report_date     TEXT,
    accountant      INTEGER NOT NULL DEFAULT 0 CHECK (accountant IN (0, 1)),
    CHECK ((report_file IS NULL) = (report_date IS NULL))
) STRICT;

CREATE TABLE kascommissie_member (
    year            INTEGER NOT NULL REFERENCES kascommissie(year) ON DELETE RESTRICT,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    PRIMARY KEY (year, member_id)
) STRICT;

-- A guest at a meeting (a donateur, an invited non-member): on the attendance list and in the
-- minutes, never counted. A guest who is in the registry is named from it (name NULL), so that
-- erasing the member erases the guest's name too.
CREATE TABLE meeting_guest (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    name            TEXT CHECK (name <> ''),
    member_id       INTEGER REFERENCES member(id) ON DELETE RESTRICT,
    CHECK ((name IS NULL) <> (member_id IS NULL))
) STRICT;

CREATE INDEX meeting_guest_meeting ON meeting_guest(meeting_id, id);

-- A delegate of a member that is an organisation (a residents' collective): a person who speaks
-- and votes for it at the door, not a member. Erasing the member blanks its delegates' data.
CREATE TABLE member_delegate (
    id              INTEGER PRIMARY KEY,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    name            TEXT CHECK (name <> ''),
    email           TEXT,
    phone           TEXT,
    valid_from      TEXT NOT NULL,
    until           TEXT,
    CHECK (until IS NULL OR until >= valid_from)
) STRICT;

CREATE INDEX member_delegate_member ON member_delegate(member_id, id);

-- The delegate through whom a collective was checked in.
ALTER TABLE attendance ADD COLUMN delegate_id INTEGER REFERENCES member_delegate(id);
