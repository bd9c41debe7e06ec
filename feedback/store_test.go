package feedback_test

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/feedback"
)

// backends returns the databases every store test runs against: SQLite in
// a temporary folder always, and PostgreSQL when BRIEFBOT_TEST_POSTGRES
// names a server (.ci/run starts one and sets it). Each PostgreSQL test
// gets its own fresh database schema by dropping the tables first.
func backends(t *testing.T) map[string]func(t *testing.T) string {
	b := map[string]func(t *testing.T) string{
		"sqlite": func(t *testing.T) string { return "sqlite:" + filepath.Join(t.TempDir(), "feedback.db") },
	}
	if url := os.Getenv("BRIEFBOT_TEST_POSTGRES"); url != "" {
		b["postgres"] = func(t *testing.T) string { resetPostgres(t, url); return url }
	} else {
		t.Log("PostgreSQL tests skipped: BRIEFBOT_TEST_POSTGRES is not set (.ci/run starts a server and sets it)")
	}
	return b
}

func open(t *testing.T, url string, opts feedback.Options) *feedback.Store {
	t.Helper()
	s, err := feedback.Open(context.Background(), url, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func flush(t *testing.T, s *feedback.Store) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.Flush(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestGapsReport(t *testing.T) {
	for name, url := range backends(t) {
		t.Run(name, func(t *testing.T) {
			day := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
			s := open(t, url(t), feedback.Options{Now: func() time.Time { return day.Add(48 * time.Hour) }})
			shown := []feedback.Shown{{Briefing: "mali", Paragraph: 4}}
			// Asked three times in two wordings, once with no answer.
			s.RecordAsk(feedback.Ask{Time: day, Guild: "g1", Question: "Who leads the MNLA?", Shown: shown})
			s.RecordAsk(feedback.Ask{Time: day.Add(time.Hour), Guild: "g1", Question: "who leads the mnla", Shown: shown})
			s.RecordAsk(feedback.Ask{Time: day.Add(2 * time.Hour), Guild: "g1", Question: "Who leads the MNLA?!", NoAnswer: true})
			// Voted not helpful by one user who then changes their mind
			// twice (ends not helpful), and by a second user.
			for _, helpful := range []bool{false, true, false} {
				s.RecordVote(feedback.Vote{Time: day, Answer: "m1", User: "u1", Guild: "g1", Question: "Who leads the MNLA?", Shown: shown, Helpful: helpful})
			}
			s.RecordVote(feedback.Vote{Time: day, Answer: "m1", User: "u2", Guild: "g1", Question: "Who leads the MNLA?", Shown: shown})
			// A question people found helpful is no gap.
			s.RecordAsk(feedback.Ask{Time: day, Guild: "g1", Question: "What is AQIM?", Shown: shown})
			s.RecordVote(feedback.Vote{Time: day, Answer: "m2", User: "u1", Guild: "g1", Question: "What is AQIM?", Shown: shown, Helpful: true})
			// Another guild's gap.
			s.RecordAsk(feedback.Ask{Time: day, Guild: "g2", Question: "Where is Kidal?", NoAnswer: true})
			flush(t, s)

			gaps, err := s.Gaps(context.Background(), feedback.GapQuery{Guild: "g1"})
			if err != nil {
				t.Fatal(err)
			}
			if len(gaps) != 1 {
				t.Fatalf("gaps = %+v, want one (the MNLA question)", gaps)
			}
			g := gaps[0]
			if g.Asked != 3 || g.NotHelpful != 2 || g.Helpful != 0 || g.NoAnswer != 1 {
				t.Errorf("counts: asked %d not_helpful %d helpful %d no_answer %d; want 3 2 0 1", g.Asked, g.NotHelpful, g.Helpful, g.NoAnswer)
			}
			if g.Question != "Who leads the MNLA?!" || !g.LastAsked.Equal(day.Add(2*time.Hour)) {
				t.Errorf("latest wording/time = %q %v", g.Question, g.LastAsked)
			}

			all, err := s.Gaps(context.Background(), feedback.GapQuery{})
			if err != nil || len(all) != 2 {
				t.Fatalf("all guilds: %v %+v", err, all)
			}
			later, err := s.Gaps(context.Background(), feedback.GapQuery{Since: day.Add(90 * time.Minute)})
			if err != nil || len(later) != 1 || later[0].Asked != 1 {
				t.Fatalf("since: %v %+v", err, later)
			}
		})
	}
}

// TestUserIDsAreHashed: the user's ID is never stored, and the keyed hash
// is stable across restarts (so a click after a restart still replaces the
// earlier vote).
func TestUserIDsAreHashed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fb.db")
	url := "sqlite:" + path
	for range 2 {
		s, err := feedback.Open(context.Background(), url, feedback.Options{})
		if err != nil {
			t.Fatal(err)
		}
		s.RecordVote(feedback.Vote{Answer: "m1", User: "123456789012345678", Question: "q"})
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "123456789012345678") {
		t.Error("the user ID is stored in clear")
	}
	s := open(t, url, feedback.Options{})
	gaps, err := s.Gaps(context.Background(), feedback.GapQuery{})
	if err != nil || len(gaps) != 1 || gaps[0].NotHelpful != 1 {
		t.Fatalf("after restart the second click must replace the first: %v %+v", err, gaps)
	}
}

func TestPrune(t *testing.T) {
	for name, url := range backends(t) {
		t.Run(name, func(t *testing.T) {
			now := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
			s := open(t, url(t), feedback.Options{Retention: 24 * time.Hour, Now: func() time.Time { return now }})
			s.RecordAsk(feedback.Ask{Time: now.Add(-48 * time.Hour), Question: "old", NoAnswer: true})
			s.RecordVote(feedback.Vote{Time: now.Add(-48 * time.Hour), Answer: "a", User: "u", Question: "old"})
			s.RecordAsk(feedback.Ask{Time: now.Add(-time.Hour), Question: "new", NoAnswer: true})
			flush(t, s)
			n, err := s.Prune(context.Background())
			if err != nil || n != 2 {
				t.Fatalf("pruned %d (%v), want 2", n, err)
			}
			gaps, _ := s.Gaps(context.Background(), feedback.GapQuery{})
			if len(gaps) != 1 || gaps[0].Question != "new" {
				t.Fatalf("after prune: %+v", gaps)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Who leads the MNLA?", "who leads the mnla"},
		{"  who   leads the mnla ", "who leads the mnla"},
		{"Qui dirige l'État ?", "qui dirige l etat"},
		{"AQIM's role", "aqim s role"},
	} {
		if got := feedback.Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOpenErrors: bad URLs fail with a message naming the culprit and
// never the password.
func TestOpenErrors(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close() // nothing listens there now
	file := filepath.Join(t.TempDir(), "plain-file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "never", "made.db")
	cases := []struct {
		name, url string
		want      []string
		is        error
		opts      feedback.Options
	}{
		{"unknown scheme", "bogus://x", []string{"bogus"}, feedback.ErrUnknownScheme, feedback.Options{}},
		{"no scheme", "feedback.db", []string{"feedback.db"}, feedback.ErrUnknownScheme, feedback.Options{}},
		{"unwritable path", "sqlite:" + filepath.Join(file, "sub", "fb.db"), []string{file}, nil, feedback.Options{}},
		{"empty path", "sqlite:", []string{"path"}, nil, feedback.Options{}},
		{"missing file a report must not create", "sqlite:" + missing, []string{missing, "no such file"}, nil, feedback.Options{MustExist: true}},
		{"unreachable server", "postgres://briefbot:s3cret-pw@" + closed + "/fb?connect_timeout=2", []string{closed}, nil, feedback.Options{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := feedback.Open(context.Background(), tc.url, tc.opts)
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "s3cret-pw") {
				t.Errorf("error carries the password: %v", err)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v is not %v", err, tc.is)
			}
			if _, err := os.Stat(filepath.Dir(missing)); err == nil {
				t.Errorf("Open made %s", filepath.Dir(missing))
			}
		})
	}
}

func newLogger(w *strings.Builder, mu *sync.Mutex) *slog.Logger {
	return slog.New(slog.NewTextHandler(lockedWriter{w, mu}, nil))
}

type lockedWriter struct {
	w  *strings.Builder
	mu *sync.Mutex
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// TestLaterClickWins: a user's votes on one answer keep the later click,
// whatever order they reach the store in (two replicas may store them
// out of order).
func TestLaterClickWins(t *testing.T) {
	for name, url := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s := open(t, url(t), feedback.Options{})
			click := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
			s.RecordVote(feedback.Vote{Time: click.Add(time.Millisecond), Answer: "m1", User: "u1", Question: "q", Helpful: true})
			s.RecordVote(feedback.Vote{Time: click, Answer: "m1", User: "u1", Question: "q"})
			s.RecordVote(feedback.Vote{Time: click, Answer: "m2", User: "u1", Question: "q2", Helpful: true})
			s.RecordVote(feedback.Vote{Time: click.Add(time.Millisecond), Answer: "m2", User: "u1", Question: "q2"})
			flush(t, s)
			gaps, err := s.Gaps(context.Background(), feedback.GapQuery{})
			if err != nil || len(gaps) != 1 || gaps[0].Question != "q2" || gaps[0].NotHelpful != 1 || gaps[0].Helpful != 0 {
				t.Fatalf("%v %+v: want only q2, not helpful once", err, gaps)
			}
		})
	}
}
