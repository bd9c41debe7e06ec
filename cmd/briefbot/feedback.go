package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/feedback"
)

// feedbackFile is the SQLite file serve keeps feedback in when given
// --index-dir but no --database: inside the index folder, the one place
// an operator has already made writable and persistent (a volume, in the
// container). Index pruning removes only index version folders, never it.
const feedbackFile = "feedback.db"

// databaseEnv may hold the database URL instead of --database, so that a
// PostgreSQL password need not appear on the command line.
const databaseEnv = "BRIEFBOT_DATABASE"

// pruneEvery is how often serve deletes feedback older than the retention.
const pruneEvery = 24 * time.Hour

// databaseURL picks the feedback database: --database, else
// $BRIEFBOT_DATABASE, else a SQLite file in the index folder, else none.
func databaseURL(flagURL, indexDir string, getenv func(string) string) string {
	switch {
	case strings.TrimSpace(flagURL) != "":
		return strings.TrimSpace(flagURL)
	case strings.TrimSpace(getenv(databaseEnv)) != "":
		return strings.TrimSpace(getenv(databaseEnv))
	case indexDir != "":
		return "sqlite:" + filepath.Join(indexDir, feedbackFile)
	}
	return ""
}

// parseRetention reads --feedback-retention: a number of days ("180d"),
// or a Go duration ("720h").
func parseRetention(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	var d time.Duration
	var err error
	if days, ok := strings.CutSuffix(s, "d"); ok {
		var n int
		n, err = strconv.Atoi(days)
		d = time.Duration(n) * 24 * time.Hour
	} else {
		d, err = time.ParseDuration(s)
	}
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("--feedback-retention %q: want a number of days such as 180d, or a duration such as 720h", s)
	}
	return d, nil
}

// feedbackStore is serve's feedback database, adapted to what bot
// needs. A nil *feedbackStore means feedback is off; its methods are then
// no-ops.
type feedbackStore struct {
	s   *feedback.Store
	log *slog.Logger
}

// openFeedback opens the database url names, or returns nil (feedback
// off, said in the log) when url is "".
func openFeedback(ctx context.Context, url string, retention time.Duration, log *slog.Logger) (*feedbackStore, error) {
	if url == "" {
		log.Info("feedback is off: no --database and no --index-dir; answers carry no Helpful / Not helpful buttons and questions are not recorded")
		return nil, nil
	}
	s, err := feedback.Open(ctx, url, feedback.Options{Logger: log, Retention: retention})
	if err != nil {
		return nil, err
	}
	log.Info("feedback on", "database", s.Where(), "retention", retention)
	return &feedbackStore{s: s, log: log}, nil
}

// forBot is the store as bot.Config wants it: nil when feedback is off
// (not a nil pointer in an interface, which bot would call).
func (f *feedbackStore) forBot() bot.Feedback {
	if f == nil {
		return nil
	}
	return f
}

// pruneDaily deletes rows older than the retention now and every day
// until ctx ends.
func (f *feedbackStore) pruneDaily(ctx context.Context) {
	if f == nil {
		return
	}
	tick := time.NewTicker(pruneEvery)
	defer tick.Stop()
	for {
		n, err := f.s.Prune(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			f.log.Warn("feedback: pruning old rows failed", "err", err)
		case n > 0:
			f.log.Info("feedback: pruned rows past the retention", "rows", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// close stores what is queued and closes the database.
func (f *feedbackStore) close() {
	if f == nil {
		return
	}
	if err := f.s.Close(); err != nil {
		f.log.Warn("feedback: closing the database", "database", f.s.Where(), "err", err)
	}
}

// RecordAsk implements bot.Feedback.
func (f *feedbackStore) RecordAsk(r bot.AskRecord) {
	f.s.RecordAsk(feedback.Ask{Time: r.Time, Guild: r.Guild, Question: r.Question, Shown: toStore(r.Shown), NoAnswer: r.NoAnswer, TopScore: r.TopScore})
}

// RecordVote implements bot.Feedback.
func (f *feedbackStore) RecordVote(r bot.VoteRecord) {
	f.s.RecordVote(feedback.Vote{Time: r.Time, Answer: r.Answer, User: r.User, Guild: r.Guild, Question: r.Question, Shown: toStore(r.Shown), Helpful: r.Helpful})
}

// Gaps implements bot.Feedback.
func (f *feedbackStore) Gaps(ctx context.Context, guild string, limit int) ([]bot.Gap, error) {
	if guild == "" {
		return nil, errors.New("feedback: a guild's gaps need the guild")
	}
	gs, err := f.s.Gaps(ctx, feedback.GapQuery{Guild: guild, Limit: limit})
	if err != nil {
		return nil, err
	}
	out := make([]bot.Gap, 0, len(gs))
	for _, g := range gs {
		out = append(out, bot.Gap{Question: g.Question, Asked: g.Asked, NotHelpful: g.NotHelpful, Helpful: g.Helpful,
			NoAnswer: g.NoAnswer, Shown: fromStore(g.Shown), LastAsked: g.LastAsked})
	}
	return out, nil
}

func toStore(s []bot.ShownPassage) []feedback.Shown {
	out := make([]feedback.Shown, 0, len(s))
	for _, p := range s {
		out = append(out, feedback.Shown{Briefing: p.Briefing, Paragraph: p.Paragraph})
	}
	return out
}

func fromStore(s []feedback.Shown) []bot.ShownPassage {
	out := make([]bot.ShownPassage, 0, len(s))
	for _, p := range s {
		out = append(out, bot.ShownPassage{Briefing: p.Briefing, Paragraph: p.Paragraph})
	}
	return out
}
