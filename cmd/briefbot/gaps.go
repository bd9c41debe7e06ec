package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/briefbot/briefbot/feedback"
)

func gapsCommand() command {
	c := command{
		summary: "list the questions the briefings answer badly or not at all, from serve's feedback database",
		usage:   "briefbot gaps [--database URL | --index-dir DIR] [--guild ID] [--since YYYY-MM-DD] [--limit N] [--json]",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		return runGaps(ctx, e, c, args)
	}
	return c
}

// gapsReport is gaps --json's output.
type gapsReport struct {
	Gaps []feedback.Gap `json:"gaps"`
}

// gapsOptions are gaps's validated flags.
type gapsOptions struct {
	url    string // the database
	query  feedback.GapQuery
	asJSON bool
}

func runGaps(ctx context.Context, e *env, c command, args []string) error {
	o, err := parseGaps(e, c, args)
	if err != nil {
		return err
	}
	s, err := feedback.Open(ctx, o.url, feedback.Options{Logger: e.log, MustExist: true})
	if err != nil {
		return fmt.Errorf("gaps: %w", err)
	}
	defer s.Close()
	gaps, err := s.Gaps(ctx, o.query)
	if err != nil {
		return fmt.Errorf("gaps: %w", err)
	}
	if o.asJSON {
		return writeGapsJSON(e.stdout, gaps)
	}
	writeGapsText(e.stdout, gaps)
	return nil
}

// parseGaps reads gaps's flags; a mistake is a usage error naming the flag.
func parseGaps(e *env, c command, args []string) (gapsOptions, error) {
	var (
		o                             gapsOptions
		dbURL, indexDir, guild, since string
	)
	fs := newFlags(e, c, "gaps")
	fs.StringVar(&dbURL, "database", "", "the feedback database serve writes: sqlite:PATH or postgres://… (default: $"+databaseEnv+", else sqlite:INDEX_DIR/"+feedbackFile+")")
	fs.StringVar(&indexDir, "index-dir", "", "serve's --index-dir, to find its default database")
	fs.StringVar(&guild, "guild", "", "only this server (guild ID)")
	fs.StringVar(&since, "since", "", "only questions and votes from this day on, YYYY-MM-DD")
	fs.IntVar(&o.query.Limit, "limit", 0, "at most this many gaps (0: all)")
	fs.BoolVar(&o.asJSON, "json", false, `print {"gaps":[…]} as JSON`)
	if err := parseFlags(fs, args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return o, usagef("gaps: unexpected arguments %q", fs.Args())
	}
	if o.query.Limit < 0 {
		return o, usagef("gaps: --limit %d must not be negative", o.query.Limit)
	}
	o.query.Guild = strings.TrimSpace(guild)
	if since != "" {
		t, err := time.Parse(time.DateOnly, strings.TrimSpace(since))
		if err != nil {
			return o, usagef("gaps: --since %q: not a day; write YYYY-MM-DD, e.g. 2026-11-01", since)
		}
		o.query.Since = t
	}
	if o.url = databaseURL(dbURL, indexDir, e.getenv); o.url == "" {
		return o, usagef("gaps: which database? Pass --database URL (as given to serve), or serve's --index-dir")
	}
	return o, nil
}

func writeGapsJSON(w io.Writer, gaps []feedback.Gap) error {
	if gaps == nil {
		gaps = []feedback.Gap{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(gapsReport{Gaps: gaps})
}

// writeGapsText prints one gap per block: the question, its counts and
// when it was last asked, and the passages shown.
func writeGapsText(w io.Writer, gaps []feedback.Gap) {
	if len(gaps) == 0 {
		fmt.Fprintln(w, "No gaps: every question recorded found an answer, and none was voted \"Not helpful\".")
		return
	}
	for i, g := range gaps {
		fmt.Fprintf(w, "%d. %s\n   asked %d · not helpful %d · helpful %d · no answer %d · last asked %s\n",
			i+1, g.Question, g.Asked, g.NotHelpful, g.Helpful, g.NoAnswer, g.LastAsked.UTC().Format("2006-01-02 15:04 UTC"))
		shown := make([]string, 0, len(g.Shown))
		for _, s := range g.Shown {
			shown = append(shown, fmt.Sprintf("%s ¶%d", s.Briefing, s.Paragraph))
		}
		if len(shown) == 0 {
			shown = append(shown, "nothing")
		}
		fmt.Fprintf(w, "   shown: %s\n", strings.Join(shown, ", "))
	}
}
