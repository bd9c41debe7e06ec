// Package feedback stores what people make of briefbot's answers: every
// question asked (and whether anything answered it), and the "Helpful" /
// "Not helpful" votes under answers. From these it reports the gaps: the
// questions the briefings don't answer, most frequent first, which tell the
// people who write briefings what to add.
//
// It is an adapter named after what it stores. Two back ends share one
// schema and one set of queries: SQLite (pure Go, no cgo, so the static
// image still works) for one process, and PostgreSQL for several replicas
// behind one load balancer. Nothing of the user is kept but a keyed hash of
// their ID; rows older than the retention period are pruned.
//
// Writes never wait on the database: Record* queue the row and one writer
// goroutine stores queued rows in batches, one transaction each.
package feedback

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// ErrUnknownScheme is returned by Open for a URL that names no supported
// database.
var ErrUnknownScheme = errors.New("unknown database scheme (want sqlite:PATH or postgres://…)")

// DefaultRetention is how long rows are kept unless Options say otherwise.
const DefaultRetention = 180 * 24 * time.Hour

// Shown is one passage shown in an answer.
type Shown struct {
	Briefing  string `json:"briefing"`
	Paragraph int    `json:"paragraph"`
}

// Ask is one question answered (or not).
type Ask struct {
	Time     time.Time
	Guild    string // "" in a DM
	Question string
	Shown    []Shown
	NoAnswer bool    // nothing found, or the best score was below the threshold
	TopScore float64 // the best passage's score; 0 when none
}

// Vote is one click on "Helpful" or "Not helpful".
type Vote struct {
	Time     time.Time
	Answer   string // the answer's message ID: one vote per user and answer
	User     string // the voter's Discord ID; stored only as a keyed hash
	Guild    string
	Question string
	Shown    []Shown
	Helpful  bool
}

// Options tune a Store. The zero value is usable.
type Options struct {
	Logger    *slog.Logger
	Retention time.Duration    // rows older than this are pruned; 0: DefaultRetention
	Now       func() time.Time // for tests; nil: time.Now
	// MaxQueued bounds the rows waiting for the writer; past it a row is
	// dropped and logged rather than letting memory grow. 0: 100,000.
	MaxQueued int
	// MustExist refuses to create a SQLite file that is not there yet:
	// a report on a mistyped path is an error, not an empty report (nor
	// a stray folder made by a read-only command).
	MustExist bool
}

// Store is a feedback database. It is safe for concurrent use.
type Store struct {
	db      *sql.DB
	dialect dialect
	where   string // what to name in errors: a path or a host, never a password
	key     []byte // hashes user IDs
	opts    Options

	mu      sync.Mutex
	queue   []row
	dropped int
	wake    chan struct{} // the writer has rows to store
	flushed *sync.Cond    // signalled after each batch
	written uint64        // rows handed to the database so far
	queued  uint64        // rows accepted so far
	closing bool
	done    chan struct{} // the writer has stopped
	lastErr error
}

// row is one queued write.
type row interface {
	write(ctx context.Context, tx *sql.Tx, s *Store) error
}

// Open connects to the database named by url ("sqlite:PATH" or
// "postgres://user:pass@host/db"), applies any schema migrations not yet
// applied, and starts the writer. Errors name the path or host, never a
// password.
func Open(ctx context.Context, url string, opts Options) (*Store, error) {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Retention <= 0 {
		opts.Retention = DefaultRetention
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.MaxQueued <= 0 {
		opts.MaxQueued = 100_000
	}
	db, d, where, err := connect(ctx, url, opts.MustExist)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, dialect: d, where: where, opts: opts, wake: make(chan struct{}, 1), done: make(chan struct{})}
	s.flushed = sync.NewCond(&s.mu)
	if err := migrate(ctx, db, d); err != nil {
		db.Close()
		return nil, fmt.Errorf("feedback: %s: %w", where, err)
	}
	if s.key, err = userKey(ctx, db, d); err != nil {
		db.Close()
		return nil, fmt.Errorf("feedback: %s: %w", where, err)
	}
	go s.write()
	return s, nil
}

// Where names the database for logs: a path or a host, never a password.
func (s *Store) Where() string { return s.where }

// RecordAsk queues a question for storage. It never blocks on the database.
func (s *Store) RecordAsk(a Ask) { s.enqueue(askRow{a}) }

// RecordVote queues a vote for storage; a later vote by the same user on
// the same answer replaces it. It never blocks on the database.
func (s *Store) RecordVote(v Vote) { s.enqueue(voteRow{v, s.hashUser(v.User)}) }

func (s *Store) enqueue(r row) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		s.opts.Logger.Warn("feedback: store closed; row dropped")
		return
	}
	if len(s.queue) >= s.opts.MaxQueued {
		s.dropped++
		if s.dropped == 1 || s.dropped%1000 == 0 {
			s.opts.Logger.Warn("feedback: writer is behind; rows dropped", "dropped", s.dropped, "db", s.where)
		}
		return
	}
	s.queue = append(s.queue, r)
	s.queued++
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// hashUser is the keyed hash stored in place of a user ID: stable for one
// store, so a second click replaces the first, and useless without the key.
func (s *Store) hashUser(id string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(id))
	return hex.EncodeToString(m.Sum(nil))[:32]
}

// Flush waits until every row queued before the call is stored (or failed
// to store, which is logged), or ctx ends.
func (s *Store) Flush(ctx context.Context) error {
	s.mu.Lock()
	target := s.queued
	s.mu.Unlock()
	stop := context.AfterFunc(ctx, func() {
		s.mu.Lock()
		s.flushed.Broadcast()
		s.mu.Unlock()
	})
	defer stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.written < target {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		s.flushed.Wait()
	}
	return s.lastErr
}

// Close stores what is queued, stops the writer and closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		return nil
	}
	s.closing = true
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
	<-s.done
	return s.db.Close()
}
