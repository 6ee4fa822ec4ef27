-- A quorum file says so in its header (SQLite's application_id, "QRM1"), so that another
-- program's SQLite file with a user_version of its own is recognised as foreign.
PRAGMA application_id = 1364348209;
