-- Board terms (issue 10): an election marked as filling board seats (`election new --board`), and
-- the term of each elected candidate who is a member, from the meeting's date, kept on the member
-- (`member show`: "board member since DATE (election E)").

ALTER TABLE election ADD COLUMN board INTEGER NOT NULL DEFAULT 0 CHECK (board IN (0, 1));

CREATE TABLE board_term (
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    election_id INTEGER NOT NULL REFERENCES election(id) ON DELETE RESTRICT,
    -- the date of the meeting that elected (or appointed) the member
    since       TEXT NOT NULL,
    PRIMARY KEY (member_id, election_id)
) STRICT;
