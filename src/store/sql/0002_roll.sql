-- Arrears with the contribution (rules.md B13): one row per period, from `since` (first day) until
-- the day before `cleared_on`, or open. Kept, like suspensions, as dates only (no personal data),
-- so that a roll of a past date stays true. They cost the vote only where the rules in force say
-- `arrears_suspends_vote = true`; the roll decides that, not the table.
CREATE TABLE arrears (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    since       TEXT NOT NULL,
    cleared_on  TEXT,
    CHECK (cleared_on IS NULL OR cleared_on > since)
) STRICT;

CREATE INDEX arrears_member ON arrears(member_id);
