package feedback_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/feedback"
)

// BenchmarkVoteLoad sends 1,000 votes a second for 10 seconds (once,
// whatever b.N) into a SQLite store and checks that every one was stored,
// with no "database is locked". It reports how long RecordVote took (the
// part on a reply's path) and how long storing took after the last vote.
//
//	go test -run XXX -bench VoteLoad -benchtime 1x ./feedback
func BenchmarkVoteLoad(b *testing.B) {
	const rate, seconds = 1000, 10
	var logs strings.Builder
	var mu sync.Mutex
	s, err := feedback.Open(context.Background(), "sqlite:"+filepath.Join(b.TempDir(), "fb.db"), feedback.Options{
		Logger: newLogger(&logs, &mu),
	})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	var record []time.Duration
	start := time.Now()
	for i := range rate * seconds {
		time.Sleep(time.Until(start.Add(time.Duration(i) * time.Second / rate)))
		t0 := time.Now()
		s.RecordVote(feedback.Vote{Answer: fmt.Sprintf("m%d", i%5000), User: fmt.Sprintf("u%d", i), Guild: "g", Question: fmt.Sprintf("question %d", i%300)})
		record = append(record, time.Since(t0))
	}
	t0 := time.Now()
	if err := s.Flush(context.Background()); err != nil {
		b.Fatal(err)
	}
	drain := time.Since(t0)
	b.StopTimer()
	gaps, err := s.Gaps(context.Background(), feedback.GapQuery{})
	if err != nil {
		b.Fatal(err)
	}
	total := 0
	for _, g := range gaps {
		total += g.NotHelpful
	}
	if total != rate*seconds {
		b.Fatalf("%d of %d votes stored", total, rate*seconds)
	}
	if l := logs.String(); strings.Contains(l, "locked") || strings.Contains(l, "dropped") {
		b.Fatalf("store complained:\n%s", l)
	}
	sort.Slice(record, func(i, j int) bool { return record[i] < record[j] })
	b.ReportMetric(float64(record[len(record)/2].Microseconds()), "record-p50-µs")
	b.ReportMetric(float64(record[len(record)*99/100].Microseconds()), "record-p99-µs")
	b.ReportMetric(float64(drain.Milliseconds()), "drain-ms")
	b.ReportMetric(float64(total), "votes-stored")
}

// TestConcurrentVotesNoneLost: 8 goroutines voting at once through one
// store lose nothing and hit no "database is locked".
func TestConcurrentVotesNoneLost(t *testing.T) {
	for name, url := range backends(t) {
		t.Run(name, func(t *testing.T) {
			var logs strings.Builder
			var mu sync.Mutex
			s := open(t, url(t), feedback.Options{Logger: newLogger(&logs, &mu)})
			var wg sync.WaitGroup
			for w := range 8 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range 250 {
						s.RecordVote(feedback.Vote{Answer: fmt.Sprintf("m%d-%d", w, i), User: "u", Question: "q"})
					}
				}()
			}
			wg.Wait()
			flush(t, s)
			gaps, err := s.Gaps(context.Background(), feedback.GapQuery{})
			if err != nil || len(gaps) != 1 || gaps[0].NotHelpful != 2000 {
				t.Fatalf("%v %+v", err, gaps)
			}
			if strings.Contains(logs.String(), "locked") {
				t.Errorf("logs: %s", logs.String())
			}
		})
	}
}

// TestReplicasShareOneStore: two stores on one PostgreSQL, opened at the
// same moment (both migrate, one waits on the other's lock), agree on the
// user key, and their votes land in one report.
func TestReplicasShareOneStore(t *testing.T) {
	b := backends(t)
	url, ok := b["postgres"]
	if !ok {
		t.Skip("PostgreSQL tests skipped: BRIEFBOT_TEST_POSTGRES is not set (.ci/run starts a server and sets it)")
	}
	u := url(t)
	stores := make([]*feedback.Store, 2)
	var wg sync.WaitGroup
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := feedback.Open(context.Background(), u, feedback.Options{})
			if err != nil {
				t.Error(err)
				return
			}
			stores[i] = s
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	for _, s := range stores {
		t.Cleanup(func() { s.Close() })
	}
	// The same user votes on the same answer through each replica: one
	// vote, the later click, even when the replica that took the earlier
	// click stores it last.
	click := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	stores[1].RecordVote(feedback.Vote{Time: click.Add(time.Millisecond), Answer: "m1", User: "u1", Question: "who leads the mnla", Helpful: true})
	stores[1].RecordVote(feedback.Vote{Time: click, Answer: "m1", User: "u2", Question: "Who leads the MNLA?"})
	flush(t, stores[1])
	stores[0].RecordVote(feedback.Vote{Time: click, Answer: "m1", User: "u1", Question: "who leads the mnla"})
	flush(t, stores[0])
	gaps, err := stores[0].Gaps(context.Background(), feedback.GapQuery{})
	if err != nil || len(gaps) != 1 || gaps[0].Helpful != 1 || gaps[0].NotHelpful != 1 {
		t.Fatalf("%v %+v", err, gaps)
	}
}

// TestRecordNeverWaitsOnTheDatabase: with the database locked by another
// connection, recording still returns at once (the rows wait in the
// queue, and Flush says they are not stored yet); once the lock goes,
// every row is stored.
func TestRecordNeverWaitsOnTheDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fb.db")
	s := open(t, "sqlite:"+path, feedback.Options{})
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	for i := range 1000 {
		s.RecordAsk(feedback.Ask{Question: "q", NoAnswer: true})
		s.RecordVote(feedback.Vote{Answer: fmt.Sprint(i), User: "u", Question: "q"})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if err := s.Flush(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Flush with the database locked = %v, want the deadline", err)
	}
	if _, err := conn.ExecContext(context.Background(), "ROLLBACK"); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	flush(t, s)
	gaps, err := s.Gaps(context.Background(), feedback.GapQuery{})
	if err != nil || len(gaps) != 1 || gaps[0].Asked != 1000 || gaps[0].NotHelpful != 1000 {
		t.Fatalf("%v %+v", err, gaps)
	}
}

// BenchmarkGaps is the report over 100,000 questions (5,000 distinct) in
// one guild, as /gaps asks for it: the top ten.
//
//	go test -run XXX -bench Gaps -benchtime 5x ./feedback
func BenchmarkGaps(b *testing.B) {
	s, err := feedback.Open(context.Background(), "sqlite:"+filepath.Join(b.TempDir(), "fb.db"), feedback.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	shown := []feedback.Shown{{Briefing: "b", Paragraph: 1}, {Briefing: "b", Paragraph: 2}, {Briefing: "b", Paragraph: 3}}
	for i := range 100_000 {
		s.RecordAsk(feedback.Ask{Guild: "g", Question: fmt.Sprintf("question %d", i%5000), Shown: shown, NoAnswer: i%3 == 0})
	}
	if err := s.Flush(context.Background()); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if gaps, err := s.Gaps(context.Background(), feedback.GapQuery{Guild: "g", Limit: 10}); err != nil || len(gaps) != 10 {
			b.Fatalf("%v %d", err, len(gaps))
		}
	}
}
