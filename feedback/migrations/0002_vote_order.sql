-- A user's later click must win even when two replicas store their votes
-- out of order: the click's time in nanoseconds decides, and an older click
-- never overwrites a newer one. Rows from before this migration count as
-- oldest.
ALTER TABLE votes ADD COLUMN voted_ns BIGINT NOT NULL DEFAULT 0;
