-- Proposals put to a general assembly: their text, kind, who brought them (the board, or
-- members with their co-signers), amendments, and members excluded from the vote (BW 2:12).
-- Never edit once released.

CREATE TABLE proposal (
    id              INTEGER PRIMARY KEY,
    -- NULL until it is put to a meeting
    meeting_id      INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    -- the verbatim text (for a statute amendment: the amendment word for word, BW 2:42)
    text            TEXT,
    -- the day the current text was recorded: a statute amendment's text must be there before
    -- the convocation goes out
    text_on         TEXT,
    kind            TEXT NOT NULL CHECK (kind IN ('ordinary', 'statutes', 'dissolution', 'budget',
                        'accounts', 'discharge', 'appointment', 'other')),
    by_board        INTEGER NOT NULL DEFAULT 0 CHECK (by_board IN (0, 1)),
    -- the proposal this one amends; an amendment is voted before it
    amends          INTEGER REFERENCES proposal(id) ON DELETE RESTRICT,
    -- draft until a vote opens on it (set by the votes part), decided after the vote
    status          TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'withdrawn', 'voting', 'decided')),
    withdrawn_at    TEXT,
    -- the first day the verbatim text lies open for inspection (statute amendments, BW 2:42)
    text_open_from  TEXT,
    created_at      TEXT NOT NULL,
    CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL)),
    CHECK (amends IS NULL OR amends <> id)
) STRICT;

CREATE INDEX proposal_meeting ON proposal(meeting_id);
CREATE INDEX proposal_amends ON proposal(amends) WHERE amends IS NOT NULL;

-- The members who brought or co-signed a members' proposal.
CREATE TABLE proposal_signer (
    proposal_id     INTEGER NOT NULL REFERENCES proposal(id) ON DELETE RESTRICT,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    PRIMARY KEY (proposal_id, member_id)
) STRICT;

-- Members who may not vote on the proposal (BW 2:12, rules.md A7): counted in no base.
CREATE TABLE proposal_exclusion (
    proposal_id     INTEGER NOT NULL REFERENCES proposal(id) ON DELETE RESTRICT,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    reason          TEXT,
    PRIMARY KEY (proposal_id, member_id)
) STRICT;

-- The proposal an agenda item decides on; at most one item per proposal.
ALTER TABLE agenda_item ADD COLUMN proposal_id INTEGER REFERENCES proposal(id) ON DELETE RESTRICT;
CREATE UNIQUE INDEX agenda_item_proposal ON agenda_item(proposal_id) WHERE proposal_id IS NOT NULL;
