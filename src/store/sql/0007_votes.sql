-- Votes on proposals: how each was taken, the grounds it was taken on (the quorum statement
-- and the rules at the moment it opened), the counts, the computed result with its explanation,
-- the chair's declaration (BW 2:13 lid 3) and, after an immediate challenge, the vote that
-- replaced it (lid 4). Never edit once released.

CREATE TABLE vote (
    id              INTEGER PRIMARY KEY,
    proposal_id     INTEGER NOT NULL REFERENCES proposal(id) ON DELETE RESTRICT,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    method          TEXT NOT NULL CHECK (method IN ('hands', 'roll_call', 'ballot')),
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'superseded')),
    -- which quorum and majority keys apply: ordinary, statute_amendment, …
    question        TEXT NOT NULL,
    opened_at       TEXT NOT NULL,
    -- the quorum statement when the vote opened (JSON), and the rules it was judged under
    statement       TEXT NOT NULL,
    rules_from      TEXT NOT NULL,
    rules_values    TEXT NOT NULL,
    rules_digest    TEXT NOT NULL,
    -- BW 2:42 requirements overridden with --force (JSON list): the decision is voidable (2:15)
    forced          TEXT,
    -- the counts (hands: as entered; roll call: summed from vote_cast at closing)
    votes_for       INTEGER CHECK (votes_for >= 0),
    against         INTEGER CHECK (against >= 0),
    blank           INTEGER CHECK (blank >= 0),
    invalid         INTEGER CHECK (invalid >= 0),
    abstain         INTEGER CHECK (abstain >= 0),
    -- votes present or represented, and all votes, excluded members left out (BW 2:12)
    present_votes   INTEGER,
    total_votes     INTEGER,
    closed_at       TEXT,
    result          TEXT CHECK (result IN ('adopted', 'rejected', 'no_quorum', 'postponed')),
    base            TEXT CHECK (base IN ('cast', 'present', 'all')),
    base_votes      INTEGER,
    threshold       TEXT,
    needed          INTEGER,
    explanation     TEXT,
    declaration     TEXT CHECK (declaration IN ('adopted', 'rejected')),
    -- 1 when the declaration differs from the computed result: both are kept
    declaration_differs INTEGER CHECK (declaration_differs IN (0, 1)),
    declaration_text TEXT,
    superseded_by   INTEGER REFERENCES vote(id) ON DELETE RESTRICT,
    -- the member numbers who demanded the new vote (JSON list)
    challenged_by   TEXT,
    CHECK ((status = 'open') = (closed_at IS NULL)),
    CHECK ((status = 'superseded') = (superseded_by IS NOT NULL)),
    CHECK (status = 'open' OR result IS NOT NULL)
) STRICT;

CREATE UNIQUE INDEX vote_one_open_per_proposal ON vote(proposal_id) WHERE status = 'open';
CREATE INDEX vote_meeting ON vote(meeting_id);

-- A roll call: whose votes (member_id), cast by whom (the member, or the holder of their proxy),
-- how they were divided. One row per member and vote: voting again replaces the row, and the
-- change is journaled, so the last cast counts and never both. Never used for secret ballots.
CREATE TABLE vote_cast (
    vote_id         INTEGER NOT NULL REFERENCES vote(id) ON DELETE RESTRICT,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    cast_by         INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    -- for, against, abstain, blank, or split
    choice          TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstain', 'blank', 'split')),
    weight          INTEGER NOT NULL CHECK (weight > 0),
    votes_for       INTEGER NOT NULL CHECK (votes_for >= 0),
    against         INTEGER NOT NULL CHECK (against >= 0),
    abstain         INTEGER NOT NULL CHECK (abstain >= 0),
    blank           INTEGER NOT NULL CHECK (blank >= 0),
    cast_at         TEXT NOT NULL,
    PRIMARY KEY (vote_id, member_id),
    CHECK (votes_for + against + abstain + blank = weight)
) STRICT;
