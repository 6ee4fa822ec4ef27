-- Written resolutions outside a meeting (BW 2:40 lid 1, rules.md A21): a proposal decided by
-- the unanimous agreement of every member with a vote, with the board's prior knowledge. The
-- resolution keeps its grounds: the day the board was informed, the roll date, the snapshot of
-- the members with a vote on it, every signature, and the explanation. Never edit once released.

CREATE TABLE resolution (
    id              INTEGER PRIMARY KEY,
    proposal_id     INTEGER NOT NULL REFERENCES proposal(id) ON DELETE RESTRICT,
    -- the day the board was informed of the proposal (its prior knowledge, BW 2:40 lid 1)
    board_informed  TEXT NOT NULL,
    -- the date of the voting roll the resolution is judged on
    roll_on         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'adopted', 'failed')),
    closed_at       TEXT,
    explanation     TEXT,
    CHECK (board_informed <= roll_on),
    CHECK ((status = 'open') = (closed_at IS NULL)),
    CHECK (status = 'open' OR explanation IS NOT NULL)
) STRICT;

CREATE UNIQUE INDEX resolution_one_open_per_proposal ON resolution(proposal_id) WHERE status = 'open';

-- The members with a vote on the roll date, and how many, taken when the resolution was made:
-- later registry edits never change who had to agree.
CREATE TABLE resolution_voter (
    resolution_id   INTEGER NOT NULL REFERENCES resolution(id) ON DELETE RESTRICT,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    votes           INTEGER NOT NULL CHECK (votes > 0),
    PRIMARY KEY (resolution_id, member_id)
) STRICT;

-- One signature per voter: the day it was signed and whether the member agreed. Only a member
-- of the snapshot signs, once.
CREATE TABLE resolution_signature (
    resolution_id   INTEGER NOT NULL,
    member_id       INTEGER NOT NULL,
    signed_on       TEXT NOT NULL,
    agree           INTEGER NOT NULL CHECK (agree IN (0, 1)),
    recorded_at     TEXT NOT NULL,
    PRIMARY KEY (resolution_id, member_id),
    FOREIGN KEY (resolution_id, member_id)
        REFERENCES resolution_voter(resolution_id, member_id) ON DELETE RESTRICT
) STRICT;
