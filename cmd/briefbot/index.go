package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index"
)

func indexCommand() command {
	c := command{
		summary: "build the search index on disk ahead of time",
		usage:   "briefbot index [--corpus DIR] --index-dir DIR",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c, "index")
		var cf corpusFlags
		cf.register(fs)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if cf.indexDir == "" {
			fs.Usage()
			return usagef("index: --index-dir is required")
		}
		return buildIndex(ctx, e, cf)
	}
	return c
}

// buildIndex reads the corpus cf names, builds its index in cf.indexDir
// with progress on e's stderr, reports what it built and closes it.
func buildIndex(ctx context.Context, e *env, cf corpusFlags) error {
	if e.getenv("GOGC") == "" { // as open does for the other commands; see loadingGCPercent
		defer debug.SetGCPercent(debug.SetGCPercent(loadingGCPercent))
	}
	start := time.Now()
	corp, opts, err := cf.readFolder() // building ahead of time reads what is there
	if err != nil {
		return err
	}
	read := time.Since(start)
	log := slog.New(slog.NewTextHandler(e.stderr, nil)) // progress is the point: Info
	opts.Dir, opts.Logger, opts.Progress = cf.indexDir, log, indexProgress(e, log, corp.Paragraphs())
	ix, err := index.Build(ctx, corp, opts)
	if err != nil {
		return err
	}
	reportIndex(e, cf.indexDir, corp, ix, read, time.Since(start))
	if err := ix.Close(); err != nil {
		return fmt.Errorf("index: close %s: %w", cf.indexDir, err)
	}
	return nil
}

// indexProgress reports building progress: a bar on a terminal, otherwise
// a log line every two seconds and one at the end, so a log collector is
// not flooded.
func indexProgress(e *env, log *slog.Logger, total int) func(done, total int) {
	if isTerminal(e.stderr) {
		bar := progressbar.NewOptions(total,
			progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionSetDescription("indexing paragraphs"),
			progressbar.OptionShowCount(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		return func(done, _ int) { _ = bar.Set(done) }
	}
	last := time.Now()
	return func(done, total int) {
		if time.Since(last) >= 2*time.Second || done == total {
			log.Info("indexing", "done", done, "total", total)
			last = time.Now()
		}
	}
}

// reportIndex prints what was built or reused, its size and speed, and the
// time of each stage.
func reportIndex(e *env, dir string, corp *corpus.Corpus, ix *index.Index, read, took time.Duration) {
	state := "built"
	if ix.Reused {
		state = "unchanged, reused"
	}
	fmt.Fprintf(e.stdout, "index %s (%s): %d briefings, %d paragraphs, %d groups, %d events in %.2fs (%.0f paragraphs/s)\n",
		dir, state, len(corp.Briefings), corp.Paragraphs(), len(corp.Factions), len(corp.Events), took.Seconds(), float64(corp.Paragraphs())/took.Seconds())
	fmt.Fprintf(e.stdout, "stages: %s\n", stageTimes(read, ix.Stages))
}

// stageTimes renders the time of each stage of building: reading the
// corpus, then index.Build's own stages (extraction runs beside indexing,
// so the two overlap).
func stageTimes(read time.Duration, stages []index.Stage) string {
	parts := []string{fmt.Sprintf("read %.2fs", read.Seconds())}
	for _, st := range stages {
		parts = append(parts, fmt.Sprintf("%s %.2fs", st.Name, st.Took.Seconds()))
	}
	return strings.Join(parts, ", ")
}

// isTerminal reports whether w is an interactive terminal, where a
// progress bar helps; elsewhere (CI, journald) progress goes to the log.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
