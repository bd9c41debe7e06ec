package main

import (
	"context"
	"encoding/json"
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
		cf.register(fs)
		var opts evaluate.Options
		fs.BoolVar(&opts.Baseline, "baseline", false, "add plain bleve (en analyzer, BM25, one match query) beside briefbot's ranking")
		fs.BoolVar(&opts.CorpusWide, "corpus-wide", false, "index all briefings of DIR as one corpus instead of each on its own")
		asJSON := fs.Bool("json", false, "print JSON instead of tables")
		verbose := fs.Bool("v", false, "also list the baseline's misses and unexpected factions and events")
		figuresOnly := fs.Bool("figures", false, "print the figures alone, no misses (how a sealed split is scored)")
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
		rep, err := evaluate.Run(ctx, target, opts)
		if err != nil {
			return err
		}
		if *asJSON {
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(rep)
		}
		return evaluate.WriteTable(e.stdout, rep, detail(*figuresOnly, *verbose))
	}
	return c
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
