-- The registry as the journal last recorded it (issue 14): every entry that changes a member, a
-- category or a rules version records a digest of the row as it stands after the change, and
-- from hash version 3 the entry's hash covers those digests. `journal verify` compares the tables
-- with the latest digest of each row, so a row changed with the sqlite3 shell is found.

-- Salts a member's digests, so that after an erasure (which replaces the salt) the digests of
-- the member's earlier states cannot confirm a guess at what was erased.
ALTER TABLE member ADD COLUMN state_salt BLOB;
UPDATE member SET state_salt = randomblob(16);

-- How many digests an entry recorded (the rows of journal_state after the previous entry's),
-- and the SHA-256 over them; NULL for entries that recorded none, and for older entries.
ALTER TABLE journal ADD COLUMN state_rows INTEGER;
ALTER TABLE journal ADD COLUMN state_digest TEXT;

-- id orders the digests as they were recorded; kind is 1 for a member, 2 a category, 3 a rules
-- version; key is the row's id in its table (member.id, category.id, rules_version.id); digest is
-- 16 bytes (SHA-256 shortened), all zero for a deleted row. No index: rows are only appended, and
-- `journal verify` reads them in order; a million-member import writes a million of them.
CREATE TABLE journal_state (
    id      INTEGER PRIMARY KEY,
    kind    INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),
    key     INTEGER NOT NULL,
    digest  BLOB NOT NULL
) STRICT;
