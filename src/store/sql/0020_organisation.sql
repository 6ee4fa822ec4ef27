-- A member that is an organisation (a club in a federation, a residents' collective) has its
-- name here and no person's name. Older rows keep what they had: an organisation typed into
-- family_name stays there until the secretary moves it (`member edit N --organisation … 
-- --family-name ""`), since no rule tells a family name from an organisation's name for sure.
ALTER TABLE member ADD COLUMN organisation TEXT;
