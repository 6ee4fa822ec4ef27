-- quorum schema, version 1. Never edit this file once released: add a new migration instead.
-- Calendar dates are 'YYYY-MM-DD' text; moments are RFC 3339 UTC text.

CREATE TABLE association (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

-- The statutes' decision parameters, versioned: a statute amendment takes effect at the notarial
-- deed, so each version has the date from which it is in force. Values are kept as text and parsed
-- by domain::rules, which knows each key's type and allowed range.
CREATE TABLE rules_version (
    id          INTEGER PRIMARY KEY,
    valid_from  TEXT NOT NULL UNIQUE,
    note        TEXT,
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE rule_value (
    version_id  INTEGER NOT NULL REFERENCES rules_version(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (version_id, key)
) STRICT;

CREATE TABLE category (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    -- false for supporters (donateurs): in the registry, but not members in law
    is_member   INTEGER NOT NULL DEFAULT 1 CHECK (is_member IN (0, 1)),
    has_vote    INTEGER NOT NULL CHECK (has_vote IN (0, 1)),
    -- votes per member: federations whose members are collectives may give several
    weight      INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 0),
    description TEXT
) STRICT;

-- A member keeps its row forever: after erasure the personal fields are NULL and erased_at is
-- set, so that past attendance and vote counts that point here stay true.
CREATE TABLE member (
    id                  INTEGER PRIMARY KEY,
    number              INTEGER NOT NULL UNIQUE CHECK (number > 0),
    given_name          TEXT,
    name_prefix         TEXT,
    family_name         TEXT,
    email               TEXT,
    phone               TEXT,
    street              TEXT,
    postcode            TEXT,
    city                TEXT,
    country             TEXT,
    birth_date          TEXT,
    category_id         INTEGER NOT NULL REFERENCES category(id) ON DELETE RESTRICT,
    -- consent to convocation by e-mail (BW 2:41 lid 5): the date it was given, NULL when not
    email_consent       TEXT,
    notes               TEXT,
    -- folded (lower case, accents removed) text for search and for Dutch register order
    search_text         TEXT NOT NULL DEFAULT '',
    sort_name           TEXT NOT NULL DEFAULT '',
    -- where the record came from: 'cli', or 'import:<import id>:<line>'
    source              TEXT NOT NULL DEFAULT 'cli',
    erased_at           TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;

CREATE INDEX member_sort ON member(sort_name, number);

-- Membership periods: joined is the first day, left the last day as a member (NULL: still one).
CREATE TABLE membership_period (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    joined      TEXT NOT NULL,
    left_on     TEXT,
    leave_reason TEXT,
    CHECK (left_on IS NULL OR left_on >= joined)
) STRICT;

CREATE INDEX membership_period_member ON membership_period(member_id, joined);
CREATE INDEX membership_period_dates ON membership_period(joined, left_on);

-- Suspension (BW 2:24d): no vote and not counted in any base while in force.
CREATE TABLE suspension (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    starts      TEXT NOT NULL,
    until       TEXT,
    reason      TEXT NOT NULL,
    lifted_on   TEXT,
    CHECK (until IS NULL OR until >= starts)
) STRICT;

CREATE INDEX suspension_member ON suspension(member_id);

-- Imports as a whole: the file, its SHA-256 and the counts, so a member's source can be traced.
CREATE TABLE import (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    at          TEXT NOT NULL,
    added       INTEGER NOT NULL,
    changed     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL
) STRICT;

-- The journal: every change, hash-chained. hash = SHA-256 over the previous hash and this entry's
-- fields (see domain::journal). The old and new values live in journal_payload, covered by
-- payload_digest = SHA-256(salt || values); erasing a member deletes its payload rows, salt
-- included, so the chain still verifies and the digest no longer reveals anything.
CREATE TABLE journal (
    seq             INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    command         TEXT NOT NULL,
    action          TEXT NOT NULL,
    entity          TEXT NOT NULL,
    entity_id       TEXT,
    member_id       INTEGER,
    summary         TEXT NOT NULL,
    payload_digest  TEXT,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL
) STRICT;

CREATE INDEX journal_member ON journal(member_id);

-- The newest entry, updated with every append: deleting entries from the end of the chain
-- leaves it pointing at an entry that is no longer there.
CREATE TABLE journal_head (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    seq         INTEGER NOT NULL,
    hash        TEXT NOT NULL
) STRICT;

CREATE TABLE journal_payload (
    seq         INTEGER PRIMARY KEY REFERENCES journal(seq),
    salt        TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT
) STRICT;
