-- An agenda item that deals with a member's suspension or expulsion names the member: a suspended
-- member has access to that meeting and is convened for it (BW 2:38 lid 1; ECLI:NL:GHARL:2021:4710).
-- Never edit once released.

ALTER TABLE agenda_item ADD COLUMN about_member INTEGER REFERENCES member(id) ON DELETE RESTRICT;
