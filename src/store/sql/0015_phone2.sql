-- A second phone number (a landline beside a mobile; "Telefoon 2" in many member lists).
ALTER TABLE member ADD COLUMN phone2 TEXT;
