package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/briefbot/briefbot/index/evaluate"
)

func evalCommand() command {
	c := command{
		summary: "score ranking, factions and timeline on an evaluation folder (per briefing: SLUG.md, SLUG.questions.jsonl, SLUG.expected.json), or ranking alone on a questions file over --corpus",
		usage:   "briefbot eval [--baseline] [--json] [--corpus-wide] [--figures | -v] DIR\n       briefbot eval [--corpus DIR] [--index-dir DIR] QUESTIONS.jsonl",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c, "eval")
		var cf corpusFlags
		var ef evalFlags
		cf.register(fs)
		ef.register(fs)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			fs.Usage()
			return usagef("eval: want one folder or questions file, got %d arguments", fs.NArg())
		}
		target := fs.Arg(0)
		info, err := os.Stat(target)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		if !info.IsDir() {
			return evalQuestions(ctx, e, cf, target)
		}
		return evalFolder(ctx, e, ef, target)
	}
	return c
}

// evalFlags are eval's options for scoring an evaluation folder.
type evalFlags struct {
	opts                       evaluate.Options
	json, verbose, figuresOnly bool
}

// register declares eval's own flags on fs.
func (ef *evalFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&ef.opts.Baseline, "baseline", false, "add plain bleve (en analyzer, BM25, one match query) beside briefbot's ranking")
	fs.BoolVar(&ef.opts.CorpusWide, "corpus-wide", false, "index all briefings of DIR as one corpus instead of each on its own")
	fs.BoolVar(&ef.json, "json", false, "print JSON instead of tables")
	fs.BoolVar(&ef.verbose, "v", false, "also list the baseline's misses and unexpected factions and events")
	fs.BoolVar(&ef.figuresOnly, "figures", false, "print the figures alone, no misses (how a sealed split is scored)")
}

// evalFolder scores every briefing of dir and prints the report as JSON
// or as tables.
func evalFolder(ctx context.Context, e *env, ef evalFlags, dir string) error {
	rep, err := evaluate.Run(ctx, dir, ef.opts)
	if err != nil {
		return err
	}
	if ef.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return evaluate.WriteTable(e.stdout, rep, detail(ef.figuresOnly, ef.verbose))
}

// evalQuestions scores ranking alone on a questions file over the corpus
// the flags name.
func evalQuestions(ctx context.Context, e *env, cf corpusFlags, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	qs, err := evaluate.ReadQuestions(f, path)
	if err != nil {
		return err
	}
	ix, err := cf.open(ctx, e)
	if err != nil {
		return err
	}
	defer ix.Close()
	r, err := evaluate.ScoreQuestions(ctx, ix, qs)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "questions %d  Hit@1 %.3f  Hit@3 %.3f  MRR %.3f\n", r.Questions, r.HitAt1(), r.HitAt3(), r.MRR())
	for _, m := range r.Misses {
		rank := "not in top 20"
		if m.Rank > 0 {
			rank = fmt.Sprintf("rank %d", m.Rank)
		}
		fmt.Fprintf(e.stdout, "  %-14s %s  (first: %s)\n", rank, m.Question, m.Top)
	}
	return nil
}

// detail maps the eval flags to how much of the report is shown; --figures
// wins over -v, so a sealed split's misses cannot be shown by accident.
func detail(figuresOnly, verbose bool) evaluate.Detail {
	switch {
	case figuresOnly:
		return evaluate.Figures
	case verbose:
		return evaluate.Verbose
	}
	return evaluate.Misses
}
