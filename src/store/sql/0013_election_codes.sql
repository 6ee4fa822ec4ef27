-- Secret-code elections (issue 10, part 2): single-use voting codes per round of an election,
-- kept apart from the ballots as the secret ballots of votes are (migration 9).
-- election_code_salt: the salt of a round's code hashes.
-- election_code: the salted hashes of the codes handed out for a round, and whether used; no
--   member, no time, WITHOUT ROWID so that the stored order is the hash order, which is random.
-- election_code_issued: only *that* a member (attendee or proxy holder) received codes for a
--   round, and how many.
-- A ballot cast with a code is a row of election_ballot (random key, no member, no time); it
-- shares nothing with these tables but the election and the round.

CREATE TABLE election_code_salt (
    election_id INTEGER NOT NULL,
    round       INTEGER NOT NULL,
    salt        TEXT NOT NULL,
    PRIMARY KEY (election_id, round),
    FOREIGN KEY (election_id, round) REFERENCES election_round(election_id, number)
) STRICT;

CREATE TABLE election_code (
    election_id INTEGER NOT NULL,
    round       INTEGER NOT NULL,
    code_hash   TEXT NOT NULL,
    used        INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1)),
    PRIMARY KEY (election_id, round, code_hash),
    FOREIGN KEY (election_id, round) REFERENCES election_round(election_id, number)
) STRICT, WITHOUT ROWID;

CREATE TABLE election_code_issued (
    election_id INTEGER NOT NULL,
    round       INTEGER NOT NULL,
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    codes       INTEGER NOT NULL CHECK (codes > 0),
    PRIMARY KEY (election_id, round, member_id),
    FOREIGN KEY (election_id, round) REFERENCES election_round(election_id, number)
) STRICT;
