-- Secret ballots (issue 9): three tables that share no key but the vote's number.
-- ballot_code: the hashes of the codes handed out (salted per vote, see ballot_salt); no member,
--   no time, WITHOUT ROWID so that the stored order is the hash order, which is random.
-- ballot: what was voted, one row per ballot, keyed by a random id (WITHOUT ROWID: the order of
--   the rows is the order of the random ids, never the order of casting); no code, member or time.
-- ballot_issued: only *that* a member (attendee or proxy holder) received codes, and how many.
-- Never edit once released.

CREATE TABLE ballot_salt (
    vote_id     INTEGER PRIMARY KEY REFERENCES vote(id) ON DELETE RESTRICT,
    salt        TEXT NOT NULL
) STRICT;

CREATE TABLE ballot_code (
    vote_id     INTEGER NOT NULL REFERENCES vote(id) ON DELETE RESTRICT,
    code_hash   TEXT NOT NULL,
    used        INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1)),
    PRIMARY KEY (vote_id, code_hash)
) STRICT, WITHOUT ROWID;

CREATE TABLE ballot (
    vote_id     INTEGER NOT NULL REFERENCES vote(id) ON DELETE RESTRICT,
    id          INTEGER NOT NULL,
    choice      TEXT NOT NULL CHECK (choice IN ('for', 'against', 'blank')),
    PRIMARY KEY (vote_id, id)
) STRICT, WITHOUT ROWID;

CREATE TABLE ballot_issued (
    vote_id     INTEGER NOT NULL REFERENCES vote(id) ON DELETE RESTRICT,
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    codes       INTEGER NOT NULL CHECK (codes > 0),
    PRIMARY KEY (vote_id, member_id)
) STRICT;
