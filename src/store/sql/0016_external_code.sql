-- A code the member has elsewhere, kept as typed: a federation's relation code ("J-012"), a
-- sports union's number. Searchable beside the member number.
ALTER TABLE member ADD COLUMN external_code TEXT;
CREATE INDEX member_external_code ON member(external_code) WHERE external_code IS NOT NULL;
