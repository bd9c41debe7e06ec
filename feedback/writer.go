package feedback

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// batchSize is the most rows one transaction stores. Batching is what
// lets SQLite take a thousand votes a second: one fsync per batch, not per
// row.
const batchSize = 500

// write is the one writer goroutine: it stores queued rows in batches
// until Close, then stores what is left and stops.
func (s *Store) write() {
	defer close(s.done)
	for {
		<-s.wake
		for {
			s.mu.Lock()
			batch := s.queue[:min(len(s.queue), batchSize)]
			s.queue = s.queue[len(batch):]
			closing := s.closing
			s.mu.Unlock()
			if len(batch) == 0 {
				if closing {
					return
				}
				break
			}
			err := s.store(batch)
			s.mu.Lock()
			s.written += uint64(len(batch))
			s.lastErr = err
			s.flushed.Broadcast()
			s.mu.Unlock()
		}
	}
}

// store writes one batch in one transaction, retrying a failed batch a few
// times (a busy database, a server restarting) before giving it up, with a
// log line saying how many rows were lost and why.
func (s *Store) store(batch []row) error {
	var err error
	for attempt, wait := 0, 50*time.Millisecond; attempt < 5; attempt, wait = attempt+1, wait*2 {
		if err = s.storeOnce(batch); err == nil {
			return nil
		}
		time.Sleep(wait)
	}
	s.opts.Logger.Error("feedback: rows not stored", "rows", len(batch), "db", s.where, "err", err)
	return err
}

func (s *Store) storeOnce(batch []row) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("feedback: begin: %w", err)
	}
	for _, r := range batch {
		if err := r.write(ctx, tx, s); err != nil {
			return errors.Join(err, tx.Rollback())
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("feedback: commit: %w", err)
	}
	return nil
}

type askRow struct{ Ask }

func (r askRow) write(ctx context.Context, tx *sql.Tx, s *Store) error {
	shown, err := json.Marshal(nonNil(r.Shown))
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, s.dialect.bind(`INSERT INTO asks (asked_at, guild, question, norm, shown, no_answer, top_score) VALUES (?, ?, ?, ?, ?, ?, ?)`),
		s.unix(r.Time), r.Guild, r.Question, Normalize(r.Question), string(shown), boolInt(r.NoAnswer), r.TopScore)
	if err != nil {
		return fmt.Errorf("feedback: store question: %w", err)
	}
	return nil
}

type voteRow struct {
	Vote
	voter string
}

func (r voteRow) write(ctx context.Context, tx *sql.Tx, s *Store) error {
	shown, err := json.Marshal(nonNil(r.Shown))
	if err != nil {
		return err
	}
	at := s.at(r.Time)
	_, err = tx.ExecContext(ctx, s.dialect.bind(`INSERT INTO votes (answer, voter, guild, question, norm, shown, helpful, voted_at, voted_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (answer, voter) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at, voted_ns = excluded.voted_ns
WHERE votes.voted_ns <= excluded.voted_ns`),
		r.Answer, r.voter, r.Guild, r.Question, Normalize(r.Question), string(shown), boolInt(r.Helpful), at.Unix(), at.UnixNano())
	if err != nil {
		return fmt.Errorf("feedback: store vote: %w", err)
	}
	return nil
}

// at is t, or now when t is zero.
func (s *Store) at(t time.Time) time.Time {
	if t.IsZero() {
		return s.opts.Now()
	}
	return t
}

// unix is t in Unix seconds, or now when t is zero.
func (s *Store) unix(t time.Time) int64 { return s.at(t).Unix() }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func nonNil(s []Shown) []Shown {
	if s == nil {
		return []Shown{}
	}
	return s
}
