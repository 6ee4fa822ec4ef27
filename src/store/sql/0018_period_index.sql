-- The periods' index holds the periods' own columns too, so that reading a member's periods in
-- order (every export, listing and roll) needs no second lookup in the table for each period.
DROP INDEX membership_period_member;
CREATE INDEX membership_period_member ON membership_period(member_id, joined, left_on, leave_reason);
