package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/briefbot/briefbot/corpus"
)

func timelineCommand() command {
	c := command{
		summary: "list dated events in chronological order, cited",
		usage:   "briefbot timeline [--corpus DIR] [--index-dir DIR] [--json] [--group NAME] [--since DATE] [--until DATE] [--limit N]",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c, "timeline")
		var cf corpusFlags
		cf.register(fs)
		asJSON := fs.Bool("json", false, "print JSON instead of text")
		group := fs.String("group", "", "only events that mention this faction (name, acronym or alias)")
		since := fs.String("since", "", "only events on or after this date: YYYY, YYYY-MM or YYYY-MM-DD")
		until := fs.String("until", "", "only events on or before this date: YYYY, YYYY-MM or YYYY-MM-DD")
		limit := fs.Int("limit", 10, "list the N most recent matching events; 0 lists all")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			fs.Usage()
			return fmt.Errorf("timeline: unexpected argument %q", fs.Arg(0))
		}
		if *limit < 0 {
			return fmt.Errorf("timeline: --limit must be 0 (all) or more, got %d", *limit)
		}
		q := corpus.TimelineQuery{Limit: *limit}
		for _, b := range []struct {
			flag, raw string
			dst       *corpus.Date
		}{{"since", *since, &q.Since}, {"until", *until, &q.Until}} {
			if b.raw == "" {
				continue
			}
			d, err := corpus.ParseDate(b.raw)
			if err != nil {
				return fmt.Errorf("timeline: --%s %q: %w", b.flag, b.raw, err)
			}
			*b.dst = d
		}
		cp, err := cf.load()
		if err != nil {
			return err
		}
		if *group != "" {
			f, _, err := cp.LookupFaction(*group)
			if err != nil {
				return fmt.Errorf("timeline: --group: %w", err)
			}
			q.Faction = f
		}
		page := cp.Timeline(q)
		if *asJSON {
			events := page.Events
			if events == nil {
				events = []corpus.Event{}
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(struct {
				Events []corpus.Event `json:"events"`
			}{events})
		}
		if len(page.Events) == 0 {
			fmt.Fprintln(e.stdout, "No dated events match. Try a wider range of dates, or leave out --group.")
			return nil
		}
		for _, ev := range page.Events {
			when := ev.Date.Human()
			if ev.Date.Scheduled {
				when += " (scheduled)"
			}
			fmt.Fprintf(e.stdout, "%s  %s  [%s]\n", when, ev.Text, ev.Ref.Citation())
		}
		return nil
	}
	return c
}
