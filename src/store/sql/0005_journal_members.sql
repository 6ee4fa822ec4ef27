-- A journal entry may concern several members (a proxy: giver and holder; later a vote's
-- list of who received codes). journal_member lists every member an entry concerns, its
-- `journal.member_id` included, so that erasure finds every entry naming the member and
-- `journal verify` excuses missing values when any of them was erased.
--
-- Entries written from now on have hash_version 2: their hash covers the sorted member list,
-- so a member added to or removed from an entry is found. Existing entries keep version 1 and
-- hash exactly as before; for them `journal verify` requires the list to be exactly their
-- member_id (see domain::journal).

-- Migration 1 named an index `journal_member`; the table takes the name (the member column
-- is found through the table now).
DROP INDEX journal_member;

CREATE TABLE journal_member (
    seq         INTEGER NOT NULL REFERENCES journal(seq),
    member_id   INTEGER NOT NULL,
    PRIMARY KEY (seq, member_id)
) STRICT;

CREATE INDEX journal_member_by_member ON journal_member(member_id);

INSERT INTO journal_member (seq, member_id)
SELECT seq, member_id FROM journal WHERE member_id IS NOT NULL;

ALTER TABLE journal ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1;
