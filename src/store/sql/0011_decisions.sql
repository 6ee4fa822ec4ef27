-- The decision register (issue 11): every adopted or rejected proposal, every election result
-- and every adopted written resolution (BW 2:40) as a decision with a stable code, its status
-- and the links to what decided it, and the history of its status. Never edit once released.

-- code: '<prefix>-<date>/<number>' (ALV/GM for a meeting of an nl/en association, SB/WR for a
-- written resolution), stored when recorded and never recomputed. number counts the decisions
-- of one meeting (of one day's written resolutions) in the order they were taken.
CREATE TABLE decision (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
    number          INTEGER NOT NULL CHECK (number >= 1),
    code            TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('proposal', 'election', 'resolution')),
    vote_id         INTEGER UNIQUE REFERENCES vote(id) ON DELETE RESTRICT,
    election_id     INTEGER UNIQUE REFERENCES election(id) ON DELETE RESTRICT,
    resolution_id   INTEGER UNIQUE REFERENCES resolution(id) ON DELETE RESTRICT,
    proposal_id     INTEGER REFERENCES proposal(id) ON DELETE RESTRICT,
    title           TEXT NOT NULL,
    outcome         TEXT NOT NULL CHECK (outcome IN ('adopted', 'rejected', 'elected')),
    status          TEXT NOT NULL
                    CHECK (status IN ('adopted', 'rejected', 'awaiting-deed', 'in-force', 'superseded')),
    -- the day the current status holds from (for in-force: the day of the notarial deed)
    status_date     TEXT NOT NULL,
    superseded_by   INTEGER REFERENCES decision(id) ON DELETE RESTRICT,
    -- the day it was taken: the meeting's date, or the day of a written resolution's last signature
    decided_on      TEXT NOT NULL,
    decided_at      TEXT NOT NULL,
    CHECK ((kind = 'proposal') = (vote_id IS NOT NULL)),
    CHECK ((kind = 'election') = (election_id IS NOT NULL)),
    CHECK ((kind = 'resolution') = (resolution_id IS NOT NULL)),
    CHECK ((kind = 'resolution') = (meeting_id IS NULL)),
    CHECK (superseded_by IS NULL OR superseded_by <> id)
) STRICT;

CREATE UNIQUE INDEX decision_number ON decision(meeting_id, number) WHERE meeting_id IS NOT NULL;
CREATE INDEX decision_decided_on ON decision(decided_on);

-- Every status a decision had, who set it, when and why; seq 1 is its recording.
CREATE TABLE decision_status (
    decision_id     INTEGER NOT NULL REFERENCES decision(id) ON DELETE RESTRICT,
    seq             INTEGER NOT NULL CHECK (seq >= 1),
    status          TEXT NOT NULL,
    status_date     TEXT NOT NULL,
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    note            TEXT,
    PRIMARY KEY (decision_id, seq)
) STRICT;

-- Backfill: the votes and elections already decided in an older database, per meeting in the
-- order they were taken (close of the vote, count of the electing round or the binding vote),
-- and the adopted written resolutions per day. A vote's result in law is the chair's
-- declaration where it is decisive (chair_declaration_decisive, default true), else the
-- computed result; a vote replaced after a challenge (BW 2:13 lid 4) is recorded superseded.
CREATE TEMP TABLE decision_source AS
WITH lang AS (SELECT COALESCE((SELECT lang FROM association WHERE id = 1), 'nl') AS lang),
votes AS (
    SELECT 'proposal' AS kind, v.meeting_id, v.id AS vote_id, NULL AS election_id,
           NULL AS resolution_id, v.proposal_id, p.title, v.closed_at AS taken_at,
           CASE WHEN v.declaration IS NOT NULL
                     AND COALESCE(json_extract(v.rules_values, '$.chair_declaration_decisive'), 'true') = 'true'
                THEN v.declaration ELSE v.result END AS outcome,
           v.status = 'superseded' AS lapsed, p.kind = 'statutes' AND p.amends IS NULL AS statutes,
           date(substr(m.starts_at, 1, 10)) AS decided_on
    FROM vote v JOIN proposal p ON p.id = v.proposal_id JOIN meeting m ON m.id = v.meeting_id
    WHERE v.status IN ('closed', 'superseded')
),
elections AS (
    SELECT 'election', e.meeting_id, NULL, e.id, NULL, NULL, e.title,
           COALESCE((SELECT max(counted_at) FROM election_result r
                     WHERE r.election_id = e.id AND r.outcome = 'elected'),
                    (SELECT decided_at FROM election_binding_vote b WHERE b.election_id = e.id)),
           'elected', 0, 0, date(substr(m.starts_at, 1, 10))
    FROM election e JOIN meeting m ON m.id = e.meeting_id
    WHERE e.status = 'elected'
),
resolutions AS (
    SELECT 'resolution', NULL, NULL, NULL, r.id, r.proposal_id, p.title, r.closed_at,
           'adopted', 0, p.kind = 'statutes' AND p.amends IS NULL,
           -- taken on the day of the last signature it needed
           (SELECT max(signed_on) FROM resolution_signature s WHERE s.resolution_id = r.id)
    FROM resolution r JOIN proposal p ON p.id = r.proposal_id
    WHERE r.status = 'adopted'
),
taken AS (
    SELECT * FROM votes WHERE outcome IN ('adopted', 'rejected')
    UNION ALL SELECT * FROM elections
    UNION ALL SELECT * FROM resolutions
),
numbered AS (
    SELECT t.*,
           ROW_NUMBER() OVER (
               PARTITION BY COALESCE(t.meeting_id, -1), CASE WHEN t.meeting_id IS NULL THEN t.decided_on END
               ORDER BY t.taken_at, t.kind = 'election', COALESCE(t.vote_id, t.election_id, t.resolution_id)
           ) AS number
    FROM taken t
),
-- two meetings on one day: the second one's codes get '-2', the third '-3'
meeting_rank AS (
    SELECT meeting_id, decided_on,
           DENSE_RANK() OVER (PARTITION BY decided_on ORDER BY meeting_id) AS nth
    FROM (SELECT DISTINCT meeting_id, decided_on FROM numbered WHERE meeting_id IS NOT NULL)
)
SELECT n.*,
       CASE WHEN n.meeting_id IS NULL
            THEN (CASE (SELECT lang FROM lang) WHEN 'en' THEN 'WR' ELSE 'SB' END) || '-' || n.decided_on
            ELSE (CASE (SELECT lang FROM lang) WHEN 'en' THEN 'GM' ELSE 'ALV' END) || '-' || n.decided_on
                 || CASE WHEN mr.nth > 1 THEN '-' || mr.nth ELSE '' END
       END || '/' || n.number AS code
FROM numbered n
LEFT JOIN meeting_rank mr ON mr.meeting_id = n.meeting_id AND mr.decided_on = n.decided_on;

INSERT INTO decision (meeting_id, number, code, kind, vote_id, election_id, resolution_id,
    proposal_id, title, outcome, status, status_date, decided_on, decided_at)
SELECT meeting_id, number, code, kind, vote_id, election_id, resolution_id, proposal_id, title,
       outcome,
       CASE WHEN lapsed THEN 'superseded'
            WHEN outcome = 'adopted' AND statutes THEN 'awaiting-deed'
            -- an election's result is in effect when it is taken
            WHEN outcome = 'elected' THEN 'adopted'
            ELSE outcome END,
       decided_on, decided_on, taken_at
FROM decision_source
ORDER BY taken_at, code;

-- A challenged vote's decision is superseded by the decision of the vote that replaced it.
UPDATE decision SET superseded_by = (
    SELECT d2.id FROM vote v JOIN decision d2 ON d2.vote_id = v.superseded_by
    WHERE v.id = decision.vote_id)
WHERE vote_id IS NOT NULL AND status = 'superseded';

INSERT INTO decision_status (decision_id, seq, status, status_date, at, actor, note)
SELECT id, 1, status, status_date, decided_at, 'quorum',
       CASE WHEN status = 'superseded'
            THEN 'recorded by the upgrade that brought the decision register; the vote was challenged at once (BW 2:13 lid 4)'
            ELSE 'recorded by the upgrade that brought the decision register' END
FROM decision;

DROP TABLE decision_source;
