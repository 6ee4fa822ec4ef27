-- Elections in a meeting (issue 10, part 1): numbered elections, their candidates, the rounds
-- (each a new ballot in the meeting), the paper ballots of each round and the stored count.
--
-- A ballot row holds no member, no time and no sequence: its key is random and the table is
-- WITHOUT ROWID, so rows are stored in key order and nothing orders them by when they were
-- entered. Secret voting codes can later mark *that* a member voted in another table that
-- shares no key with this one.

CREATE TABLE election (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
    title       TEXT NOT NULL CHECK (title <> ''),
    seats       INTEGER NOT NULL CHECK (seats >= 1),
    method      TEXT NOT NULL,
    -- open, elected, postponed
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'elected', 'postponed')),
    -- Printed when the election is made; every lot of every round is drawn from it.
    seed        INTEGER NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE election_candidate (
    election_id  INTEGER NOT NULL REFERENCES election(id),
    number       INTEGER NOT NULL CHECK (number >= 1),
    member_id    INTEGER REFERENCES member(id),
    name         TEXT NOT NULL CHECK (name <> ''),
    nominated_by TEXT CHECK (nominated_by IN ('board', 'members')),
    withdrawn    INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    PRIMARY KEY (election_id, number),
    UNIQUE (election_id, name)
);

CREATE TABLE election_round (
    election_id INTEGER NOT NULL REFERENCES election(id),
    number      INTEGER NOT NULL CHECK (number >= 1),
    -- free (all standing candidates) or runoff
    kind        TEXT NOT NULL CHECK (kind IN ('free', 'runoff')),
    -- JSON array of the candidate numbers on this round's ballot
    candidates  TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'counted')),
    PRIMARY KEY (election_id, number)
);

CREATE TABLE election_ballot (
    -- random, so that the key says nothing about who or when
    key         TEXT PRIMARY KEY,
    election_id INTEGER NOT NULL,
    round       INTEGER NOT NULL,
    -- the names on the paper, in its order, as a JSON array (empty for a blank paper)
    choice      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('valid', 'blank', 'invalid')),
    reason      TEXT,
    FOREIGN KEY (election_id, round) REFERENCES election_round(election_id, number),
    CHECK ((status = 'invalid') = (reason IS NOT NULL))
) WITHOUT ROWID;

CREATE TABLE election_result (
    election_id INTEGER NOT NULL,
    round       INTEGER NOT NULL,
    method      TEXT NOT NULL,
    seed        INTEGER NOT NULL,
    -- the engine's result (every stage) as JSON
    tally       TEXT NOT NULL,
    -- what the round decided: elected, runoff, free, postponed
    outcome     TEXT NOT NULL,
    -- JSON arrays of candidate numbers: the elected, and who is on the next round's ballot
    elected     TEXT NOT NULL,
    next        TEXT NOT NULL,
    -- JSON: the lots drawn for the decision
    lots        TEXT NOT NULL,
    counted_at  TEXT NOT NULL,
    PRIMARY KEY (election_id, round),
    FOREIGN KEY (election_id, round) REFERENCES election_round(election_id, number)
);

-- The meeting's vote on removing the binding force of a nomination (BW 2:37 lid 4).
CREATE TABLE election_binding_vote (
    election_id INTEGER PRIMARY KEY REFERENCES election(id),
    votes_for   INTEGER NOT NULL,
    against     INTEGER NOT NULL,
    present     INTEGER NOT NULL,
    total       INTEGER NOT NULL,
    removed     INTEGER NOT NULL CHECK (removed IN (0, 1)),
    needed      INTEGER NOT NULL,
    explanation TEXT NOT NULL,
    -- JSON array of candidate numbers the binding nomination appointed (empty when removed)
    appointed   TEXT NOT NULL,
    decided_at  TEXT NOT NULL
);
