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
// Bot.Respond answers it, with feedback off, on (SQLite), and on with the
// database locked by another connection for the whole run, so that the
// writer cannot store anything: /ask must take the same time in all
// three, since recording a question only queues it.
//
//	go test -run XXX -bench AskFeedback ./cmd/briefbot
func BenchmarkAskFeedback(b *testing.B) {
	for _, mode := range []string{"off", "sqlite", "sqlite-locked"} {
		b.Run(mode, func(b *testing.B) {
			lib := &library{}
			defer lib.Close()
			cf := corpusFlags{}
			if err := lib.Reload(context.Background(), func(ctx context.Context) (*index.Index, error) { return cf.openWith(ctx, index.Options{}) }); err != nil {
				b.Fatal(err)
			}
			var fb *feedbackStore
			if mode != "off" {
				path := filepath.Join(b.TempDir(), "fb.db")
				var err error
				if fb, err = openFeedback(context.Background(), "sqlite:"+path, 24*time.Hour, discardLogger(io.Discard)); err != nil {
					b.Fatal(err)
				}
				defer fb.close()
				if mode == "sqlite-locked" {
					defer lockSQLite(b, path)()
				}
			}
			bt, err := bot.New(bot.Config{Search: lib, Factions: lib, Timeline: lib, Briefings: lib, Feedback: fb.forBot()})
			if err != nil {
				b.Fatal(err)
			}
			benchAsks(b, bt)
		})
	}
}

func benchAsks(b *testing.B, bt *bot.Bot) {
	qs := []string{"Who formed the Islamic Movement for the Azawad?", "What happened at In Amenas?", "How many troops is France willing to commit?", "What does the MNLA want?"}
	lat := make([]time.Duration, 0, 4096)
	i := 0
	for b.Loop() {
		in := &discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommand, GuildID: "9",
			Member: &discordgo.Member{User: &discordgo.User{ID: "7"}},
			Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: qs[i%len(qs)]},
			}}}
		start := time.Now()
		if _, err := json.Marshal(bt.Respond(context.Background(), in)); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
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
