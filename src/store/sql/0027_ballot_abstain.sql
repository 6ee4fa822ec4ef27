-- A secret ballot may abstain (issue 27): where the statutes count abstentions apart from blank
-- votes (`abstention_counts_as_cast` differs from `blank_counts_as_cast`), "onthouding" is a
-- box of its own on the paper and a choice of `vote cast --code`. SQLite cannot widen a CHECK,
-- so the table is rebuilt under its own name, every ballot kept as it was (random key, no
-- member, no time: the rebuild copies in key order, which says nothing of who voted when).
-- Never edit once released.

CREATE TABLE ballot_0027 (
    vote_id     INTEGER NOT NULL,
    id          INTEGER NOT NULL,
    choice      TEXT NOT NULL,
    PRIMARY KEY (vote_id, id)
) STRICT, WITHOUT ROWID;

INSERT INTO ballot_0027 (vote_id, id, choice) SELECT vote_id, id, choice FROM ballot;

DROP TABLE ballot;

CREATE TABLE ballot (
    vote_id     INTEGER NOT NULL REFERENCES vote(id) ON DELETE RESTRICT,
    id          INTEGER NOT NULL,
    choice      TEXT NOT NULL CHECK (choice IN ('for', 'against', 'blank', 'abstain')),
    PRIMARY KEY (vote_id, id)
) STRICT, WITHOUT ROWID;

INSERT INTO ballot (vote_id, id, choice) SELECT vote_id, id, choice FROM ballot_0027;

DROP TABLE ballot_0027;

-- A document added after the convocation (issue 27) goes to the members in a supplement
-- (aanvulling), not in a reprint of the letter as sent: the day the supplement that carried it
-- went out. NULL: not sent yet (or not late).
ALTER TABLE meeting_document ADD COLUMN supplement_sent_on TEXT;
