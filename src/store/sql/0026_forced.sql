-- Issue 26: what was forced, kept where the standing of decisions can read it.
-- Never edit once released.

-- A candidate the meeting insisted on outside a binding nomination it kept
-- (`election candidate add --force`, BW 2:37 lid 4). Papers for that candidate count; if elected,
-- the appointment is against the statutes and the decision is void (BW 2:14). `forced` is why, as
-- recorded; NULL for every candidate nominated as the statutes allow.
ALTER TABLE election_candidate ADD COLUMN forced TEXT;

-- What a convocation forced with `meeting convene --force` lacked: a JSON array of 'place' and
-- 'agenda'; NULL when it named both. Decisions of such a meeting are voidable (BW 2:15: the
-- convocation was not as the statutes say). Backfilled from the convocation's journal entry,
-- whose summary named what was missing ("… without place and agenda (override: --force)").
-- Decisions recorded before keep the standing they were recorded with.
ALTER TABLE meeting ADD COLUMN convened_without TEXT;

UPDATE meeting SET convened_without = (
    SELECT CASE
        WHEN j.summary LIKE '% without place and agenda %' THEN '["place","agenda"]'
        WHEN j.summary LIKE '% without place %' THEN '["place"]'
        WHEN j.summary LIKE '% without agenda %' THEN '["agenda"]'
    END
    FROM journal j
    WHERE j.action = 'meeting.convene_forced' AND j.entity_id = CAST(meeting.id AS TEXT)
    ORDER BY j.seq DESC LIMIT 1
)
WHERE convened_on IS NOT NULL;
