-- The first schema: questions asked, votes on answers, and the store's own
-- settings (the key that hashes user IDs). Portable SQL: the same text runs
-- on SQLite and PostgreSQL. Times are Unix seconds.

CREATE TABLE settings (
	name  TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

-- One row per question answered (or not), as asked.
CREATE TABLE asks (
	asked_at  BIGINT  NOT NULL,
	guild     TEXT    NOT NULL,
	question  TEXT    NOT NULL,
	norm      TEXT    NOT NULL, -- normalised question: near-duplicates share it
	shown     TEXT    NOT NULL, -- JSON [{"briefing":..., "paragraph":...}]
	no_answer INTEGER NOT NULL, -- 1: nothing found, or the best score was below the threshold
	top_score DOUBLE PRECISION NOT NULL
);
CREATE INDEX asks_norm ON asks (norm);
CREATE INDEX asks_time ON asks (asked_at);

-- One row per user and answer: a second click changes the vote.
CREATE TABLE votes (
	answer    TEXT    NOT NULL, -- the answer's message ID
	voter     TEXT    NOT NULL, -- keyed hash of the user ID
	guild     TEXT    NOT NULL,
	question  TEXT    NOT NULL,
	norm      TEXT    NOT NULL,
	shown     TEXT    NOT NULL,
	helpful   INTEGER NOT NULL, -- 1 helpful, 0 not helpful
	voted_at  BIGINT  NOT NULL,
	PRIMARY KEY (answer, voter)
);
CREATE INDEX votes_norm ON votes (norm);
CREATE INDEX votes_time ON votes (voted_at);
