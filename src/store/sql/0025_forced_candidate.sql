-- Issue 26: a candidate the meeting insisted on outside a binding nomination it kept
-- (`election candidate add --force`, BW 2:37 lid 4). Papers for that candidate count; if elected,
-- the appointment is against the statutes and the decision is void (BW 2:14). `forced` is why, as
-- recorded; NULL for every candidate nominated as the statutes allow.
-- Never edit once released.

ALTER TABLE election_candidate ADD COLUMN forced TEXT;
