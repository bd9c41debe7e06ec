package main

import (
	"context"
	"fmt"
	"os"

	"github.com/briefbot/briefbot/index"
)

func evalCommand() command {
	c := command{
		summary: "score ranking on a JSON Lines question set: Hit@1, Hit@3, MRR",
		usage:   "briefbot eval [--corpus DIR] [--index-dir DIR] QUESTIONS.jsonl",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c, "eval")
		var cf corpusFlags
		cf.register(fs)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			fs.Usage()
			return usagef("eval: want one questions file, got %d arguments", fs.NArg())
		}
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		defer f.Close()
		qs, err := index.ReadQuestions(f, fs.Arg(0))
		if err != nil {
			return err
		}
		ix, err := cf.open(ctx, e)
		if err != nil {
			return err
		}
		defer ix.Close()
		rep, err := ix.Evaluate(ctx, qs)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "questions %d  Hit@1 %.3f  Hit@3 %.3f  MRR %.3f\n", rep.Questions, rep.HitAt1, rep.HitAt3, rep.MRR)
		for _, m := range rep.Misses {
			rank := "not in top 20"
			if m.Rank > 0 {
				rank = fmt.Sprintf("rank %d", m.Rank)
			}
			fmt.Fprintf(e.stdout, "  %-14s %s  (first: %s)\n", rank, m.Question, m.Top)
		}
		return nil
	}
	return c
}
