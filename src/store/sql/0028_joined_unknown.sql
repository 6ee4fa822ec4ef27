-- A member's joining date may be unknown (issue 29): a registry taken over from a list without
-- joining dates knows who is a member, not since when. `joined` NULL is that unknown first day;
-- it counts as before anything the registry holds, and nothing is checked against it. SQLite
-- cannot drop NOT NULL from a column, so the table is rebuilt with every row and id kept.
DROP INDEX membership_period_member;
DROP INDEX membership_period_dates;
ALTER TABLE membership_period RENAME TO membership_period_before_0028;

CREATE TABLE membership_period (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    joined      TEXT,
    left_on     TEXT,
    leave_reason TEXT,
    CHECK (left_on IS NULL OR joined IS NULL OR left_on >= joined)
) STRICT;

INSERT INTO membership_period (id, member_id, joined, left_on, leave_reason)
    SELECT id, member_id, joined, left_on, leave_reason FROM membership_period_before_0028;
DROP TABLE membership_period_before_0028;

CREATE INDEX membership_period_member ON membership_period(member_id, joined, left_on, leave_reason);
CREATE INDEX membership_period_dates ON membership_period(joined, left_on);
