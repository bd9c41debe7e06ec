package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/briefbot/briefbot/corpus"
)

func askCommand() command {
	c := command{
		summary: "print the passages that answer a question, ranked and cited",
		usage:   "briefbot ask [--corpus DIR] [--index-dir DIR] [--json] [-k N] QUESTION...",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c, "ask")
		var cf corpusFlags
		cf.register(fs)
		asJSON := fs.Bool("json", false, "print JSON instead of text")
		k := fs.Int("k", 3, "number of passages")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		q := joinArgs(fs.Args())
		if q == "" {
			fs.Usage()
			return usagef("ask: no question given")
		}
		if *k < 1 {
			return usagef("ask: -k must be at least 1, got %d", *k)
		}
		ix, err := cf.open(ctx, e)
		if err != nil {
			return err
		}
		defer ix.Close()
		res, err := ix.Search(ctx, q, *k, 0)
		if errors.Is(err, corpus.ErrNoQuery) {
			return fmt.Errorf("ask: %q has no words to search for; ask about a name, place or event", q)
		}
		if err != nil {
			return err
		}
		if *asJSON {
			if res.Passages == nil {
				res.Passages = []corpus.Passage{}
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(res)
		}
		if len(res.Passages) == 0 {
			fmt.Fprintf(e.stdout, "No passage matches %q. Try other words, or a group's name.\n", q)
			return nil
		}
		for _, p := range res.Passages {
			fmt.Fprintf(e.stdout, "%d. %s  (score %.2f)\n", p.Rank, p.Citation, p.Score)
			if p.Section != "" {
				fmt.Fprintf(e.stdout, "   [%s]\n", p.Section)
			}
			fmt.Fprintf(e.stdout, "   %s\n\n", p.Text)
		}
		return nil
	}
	return c
}
