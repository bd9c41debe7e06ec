package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/index"
)

// BenchmarkAskFeedback is /ask end to end on the embedded briefing, as
// Bot.Respond answers it and serialised, with feedback off; on with a
// store that keeps nothing (the cost of the buttons alone); on with
// SQLite; and on with SQLite locked by another connection for the whole
// run, so that the writer cannot store anything. Recording a question
// only queues it, so the last three must take the same time. The four
// bots take turns, question by question, so that the noise of a shared
// machine falls on all of them alike; each reports its p50 and p99.
//
//	go test -run XXX -bench AskFeedback -benchtime 4000x ./cmd/briefbot
func BenchmarkAskFeedback(b *testing.B) {
	lib := &library{}
	defer lib.Close()
	cf := corpusFlags{}
	if err := lib.Reload(context.Background(), func(ctx context.Context) (*index.Index, error) { return cf.openWith(ctx, index.Options{}) }); err != nil {
		b.Fatal(err)
	}
	modes := []string{"off", "discard", "sqlite", "locked"}
	stores := []bot.Feedback{nil, discardFeedback{}, benchStore(b, false), benchStore(b, true)}
	bots := make([]*bot.Bot, len(modes))
	for i, fb := range stores {
		var err error
		if bots[i], err = bot.New(bot.Config{Search: lib, Factions: lib, Timeline: lib, Briefings: lib, Feedback: fb}); err != nil {
			b.Fatal(err)
		}
	}
	qs := []string{"Who formed the Islamic Movement for the Azawad?", "What happened at In Amenas?", "How many troops is France willing to commit?", "What does the MNLA want?"}
	lat := make([][]time.Duration, len(modes))
	i := 0
	for b.Loop() {
		m := i % len(modes)
		in := &discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommand, GuildID: "9",
			Member: &discordgo.Member{User: &discordgo.User{ID: "7"}},
			Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: qs[(i/len(modes))%len(qs)]},
			}}}
		start := time.Now()
		if _, err := json.Marshal(bots[m].Respond(context.Background(), in)); err != nil {
			b.Fatal(err)
		}
		lat[m] = append(lat[m], time.Since(start))
		i++
	}
	for m, l := range lat {
		if len(l) == 0 {
			continue
		}
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
		b.ReportMetric(float64(l[len(l)/2].Microseconds()), modes[m]+"-p50-µs")
		b.ReportMetric(float64(l[len(l)*99/100].Microseconds()), modes[m]+"-p99-µs")
	}
}

// discardFeedback keeps nothing.
type discardFeedback struct{}

func (discardFeedback) RecordAsk(bot.AskRecord)   {}
func (discardFeedback) RecordVote(bot.VoteRecord) {}
func (discardFeedback) Gaps(context.Context, string, int) ([]bot.Gap, error) {
	return nil, nil
}

// benchStore opens a SQLite store for the benchmark, closed (and, if
// locked, unlocked first) when it ends.
func benchStore(b *testing.B, locked bool) bot.Feedback {
	path := filepath.Join(b.TempDir(), "fb.db")
	fb, err := openFeedback(context.Background(), "sqlite:"+path, 24*time.Hour, discardLogger(io.Discard))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(fb.close)
	if locked {
		b.Cleanup(lockSQLite(b, path))
	}
	return fb
}

// lockSQLite holds a write lock on the database at path until the
// returned function is called.
func lockSQLite(b *testing.B, path string) func() {
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		b.Fatal(err)
	}
	conn, err := db.Conn(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), "BEGIN EXCLUSIVE"); err != nil {
		b.Fatal(err)
	}
	return func() {
		conn.ExecContext(context.Background(), "ROLLBACK")
		conn.Close()
		db.Close()
	}
}
