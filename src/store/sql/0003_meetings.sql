-- General assemblies: the association's language, meetings, the agenda as sent, the snapshot of
-- who may vote, attendance, proxies and members' requests. Never edit once released.

-- Documents for members (letters, agendas, minutes) are written in this language.
ALTER TABLE association ADD COLUMN lang TEXT NOT NULL DEFAULT 'nl' CHECK (lang IN ('nl', 'en'));

CREATE TABLE meeting (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    -- local wall-clock time where the meeting is held: 'YYYY-MM-DDTHH:MM'
    starts_at       TEXT NOT NULL,
    ends_at         TEXT,
    location        TEXT,
    kind            TEXT NOT NULL CHECK (kind IN ('regular', 'annual', 'extraordinary')),
    -- the meeting whose lack of quorum this second meeting follows (rules.md B10)
    second_of       INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
    -- the convocation: day sent, channel, notice given and required, and an override by --force
    convened_on     TEXT,
    channel         TEXT CHECK (channel IN ('email', 'post', 'both')),
    notice_given    INTEGER,
    notice_required INTEGER,
    notice_key      TEXT,
    notice_forced   INTEGER NOT NULL DEFAULT 0 CHECK (notice_forced IN (0, 1)),
    -- the rules the meeting is held under, pinned when it is convened or opened: the version's
    -- start, its values (JSON, key to text) and their SHA-256, so a later `rules set` cannot change them
    rules_from      TEXT,
    rules_values    TEXT,
    rules_digest    TEXT,
    opened_at       TEXT,
    closed_at       TEXT,
    cancelled_at    TEXT,
    cancel_reason   TEXT,
    created_at      TEXT NOT NULL,
    CHECK (closed_at IS NULL OR opened_at IS NOT NULL)
) STRICT;

-- decides: what a decision on the item is, which selects the notice period and the quorum.
CREATE TABLE agenda_item (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    position        INTEGER NOT NULL CHECK (position > 0),
    title           TEXT NOT NULL,
    decides         TEXT NOT NULL DEFAULT 'none'
                    CHECK (decides IN ('none', 'ordinary', 'statute_amendment', 'dissolution')),
    -- the position it had in the convocation; NULL: added after it went out (BW 2:15, A6)
    sent_position   INTEGER,
    UNIQUE (meeting_id, position)
) STRICT;

-- Who may attend and vote, with what weight, as of the meeting date: taken when the meeting
-- opens, and read by attendance, proxies, quorum and (later) votes. Registry edits made after
-- that never change it. reason is why a member has no vote (votes = 0).
CREATE TABLE meeting_voter (
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    votes           INTEGER NOT NULL CHECK (votes >= 0),
    access          INTEGER NOT NULL CHECK (access IN (0, 1)),
    reason          TEXT,
    PRIMARY KEY (meeting_id, member_id)
) STRICT;

-- present: checked in (checked_out_at set when they left); apologies: afwezig met kennisgeving.
CREATE TABLE attendance (
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    status          TEXT NOT NULL CHECK (status IN ('present', 'apologies')),
    checked_in_at   TEXT,
    checked_out_at  TEXT,
    -- a suspended member admitted for the item on their own suspension (A15): no vote
    admitted_for    TEXT,
    PRIMARY KEY (meeting_id, member_id)
) STRICT;

CREATE TABLE proxy (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    giver_id        INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    holder_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    instruction     TEXT,
    form            TEXT NOT NULL CHECK (form IN ('paper', 'electronic')),
    received_on     TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    -- set when revoked, or cancelled because the giver checked in
    ended_at        TEXT,
    end_reason      TEXT,
    CHECK (giver_id <> holder_id)
) STRICT;

CREATE UNIQUE INDEX proxy_one_per_giver ON proxy(meeting_id, giver_id) WHERE ended_at IS NULL;
CREATE INDEX proxy_holder ON proxy(meeting_id, holder_id) WHERE ended_at IS NULL;

-- A members' request to convene (BW 2:41), with the figures it was judged on.
CREATE TABLE member_request (
    id              INTEGER PRIMARY KEY,
    received_on     TEXT NOT NULL,
    requester_votes INTEGER NOT NULL,
    total_votes     INTEGER NOT NULL,
    threshold       TEXT NOT NULL,
    board_acts_by   TEXT NOT NULL,
    meeting_by      TEXT NOT NULL,
    note            TEXT,
    created_at      TEXT NOT NULL
) STRICT;

CREATE TABLE member_request_by (
    request_id      INTEGER NOT NULL REFERENCES member_request(id) ON DELETE RESTRICT,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    votes           INTEGER NOT NULL,
    PRIMARY KEY (request_id, member_id)
) STRICT;
