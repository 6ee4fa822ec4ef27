-- Issue 26: the meeting as a guarded sequence, and every decision's standing in law.
-- Never edit once released.

-- Why a meeting was opened past its checks with --force (JSON array of problem codes:
-- 'not-convened', 'other-day'); NULL when it opened as convened. Decisions taken in it are
-- voidable (BW 2:15). close_note: why a meeting that opened did not take place, or anything
-- the chair said at closing.
ALTER TABLE meeting ADD COLUMN open_forced TEXT;
ALTER TABLE meeting ADD COLUMN close_note TEXT;

-- A member excluded from the vote without a basis in the statutes (BW 2:12), recorded with
-- --force: the decision is voidable.
ALTER TABLE proposal_exclusion ADD COLUMN forced INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1));

-- standing: valid, voidable (BW 2:15) or void (BW 2:14), computed by
-- domain::decision::standing::assess from the facts when the decision is recorded, and kept, so
-- the register shows what it was decided under. grounds: JSON array of ground codes.
-- made_known: the day the decision was made known (the year to claim annulment runs from it,
-- BW 2:15 lid 5). confirmed_by: the confirming decision (BW 2:15 lid 6) that made it valid.
ALTER TABLE decision ADD COLUMN standing TEXT NOT NULL DEFAULT 'valid'
    CHECK (standing IN ('valid', 'voidable', 'void'));
ALTER TABLE decision ADD COLUMN grounds TEXT NOT NULL DEFAULT '[]';
ALTER TABLE decision ADD COLUMN made_known TEXT;
ALTER TABLE decision ADD COLUMN confirmed_by TEXT;

-- Backfill, from the facts an older database holds. It assumes: a meeting opened without a
-- recorded convocation was not convened; one opened on another calendar day than it was
-- planned for was opened on a forced date; a proposal whose agenda item has no place in the
-- convocation of a convened meeting was not in the convocation. Exclusions before this version
-- are taken to have had their basis, and no older decision is taken to be void.
UPDATE meeting SET open_forced = json_array('not-convened', 'other-day')
WHERE opened_at IS NOT NULL AND convened_on IS NULL
  AND substr(opened_at, 1, 10) <> substr(starts_at, 1, 10);
UPDATE meeting SET open_forced = json_array('not-convened')
WHERE opened_at IS NOT NULL AND convened_on IS NULL AND open_forced IS NULL;
UPDATE meeting SET open_forced = json_array('other-day')
WHERE opened_at IS NOT NULL AND open_forced IS NULL
  AND substr(opened_at, 1, 10) <> substr(starts_at, 1, 10);

CREATE TEMP TABLE decision_ground AS
SELECT d.id AS decision_id, 1 AS ord, 'not-convened' AS code
FROM decision d JOIN meeting m ON m.id = d.meeting_id
WHERE m.open_forced LIKE '%not-convened%'
UNION ALL
SELECT d.id, 2, 'other-day'
FROM decision d JOIN meeting m ON m.id = d.meeting_id
WHERE m.open_forced LIKE '%other-day%'
UNION ALL
SELECT d.id, 3, 'short-notice'
FROM decision d JOIN meeting m ON m.id = d.meeting_id
WHERE m.notice_forced = 1
UNION ALL
SELECT d.id, 4, 'not-in-convocation'
FROM decision d JOIN meeting m ON m.id = d.meeting_id
     JOIN proposal p ON p.id = d.proposal_id
     JOIN agenda_item i ON i.proposal_id = COALESCE(p.amends, p.id)
WHERE d.kind = 'proposal' AND m.convened_on IS NOT NULL AND i.sent_position IS NULL
UNION ALL
SELECT d.id, 5, 'statute-formalities'
FROM decision d JOIN vote v ON v.id = d.vote_id
WHERE v.forced IS NOT NULL;

UPDATE decision SET
    grounds = (SELECT json_group_array(code) FROM
                  (SELECT code FROM decision_ground g WHERE g.decision_id = decision.id ORDER BY ord)),
    standing = 'voidable'
WHERE id IN (SELECT decision_id FROM decision_ground);

DROP TABLE decision_ground;
