package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/briefbot/briefbot/bot/timelinechart"
	"github.com/briefbot/briefbot/corpus"
)

func timelineCommand() command {
	c := command{
		summary: "list dated events, oldest first: the most recent N inside the filters",
		usage:   "briefbot timeline [--corpus DIR] [--index-dir DIR] [--json] [--png FILE] [--group NAME] [--since DATE] [--until DATE] [--limit N]",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		o, err := parseTimelineFlags(e, c, args)
		if err != nil {
			return err
		}
		return o.run(ctx, e)
	}
	return c
}

// timelineOptions is what the timeline command's flags ask for.
type timelineOptions struct {
	cf      corpusFlags
	asJSON  bool
	pngFile string
	group   string
	q       corpus.TimelineQuery
}

// parseTimelineFlags reads the command's flags, naming the one at fault.
func parseTimelineFlags(e *env, c command, args []string) (timelineOptions, error) {
	var o timelineOptions
	fs := newFlags(e, c, "timeline")
	o.cf.register(fs)
	fs.BoolVar(&o.asJSON, "json", false, "print JSON instead of text")
	fs.StringVar(&o.pngFile, "png", "", "also draw the events as a chart into this PNG file")
	fs.StringVar(&o.group, "group", "", "only events that mention this faction (name, acronym or alias)")
	since := fs.String("since", "", "only events from this date on: YYYY, YYYY-MM or YYYY-MM-DD")
	until := fs.String("until", "", "only events up to this date: YYYY, YYYY-MM or YYYY-MM-DD")
	limit := fs.Int("limit", 10, "list the N most recent matching events; 0 lists all")
	if err := parseFlags(fs, args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return o, usagef("timeline: unexpected argument %q; filter with --group, --since and --until", fs.Arg(0))
	}
	var err error
	o.q, err = timelineQuery(*since, *until, *limit)
	return o, err
}

// run loads the corpus, resolves the --group filter and prints the page
// (and draws it when --png asks).
func (o timelineOptions) run(ctx context.Context, e *env) error {
	cp, err := o.cf.load(ctx, e)
	if err != nil {
		return err
	}
	if o.group != "" {
		f, _, err := cp.LookupFaction(o.group)
		if err != nil {
			return fmt.Errorf("timeline: --group: %w", err)
		}
		o.q.Faction = f
	}
	page := cp.Timeline(o.q)
	if o.pngFile != "" {
		if err := writeTimelinePNG(o.pngFile, cp, page, o.q); err != nil {
			return err
		}
	}
	if o.asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Events []corpus.Event `json:"events"`
		}{page.Events})
	}
	printTimeline(e, cp, page, o.q)
	return nil
}

// timelineQuery validates the filter flags, naming the flag at fault. A
// bad value is a usage error.
func timelineQuery(since, until string, limit int) (corpus.TimelineQuery, error) {
	var q corpus.TimelineQuery
	if limit < 0 {
		return q, usagef("timeline: --limit must be 0 (all) or more, got %d", limit)
	}
	q.Limit = limit
	var err error
	if since != "" {
		if q.Since, err = corpus.ParseDate(since); err != nil {
			return q, usagef("timeline: --since: %w", err)
		}
	}
	if until != "" {
		if q.Until, err = corpus.ParseDate(until); err != nil {
			return q, usagef("timeline: --until: %w", err)
		}
	}
	if since != "" && until != "" && q.Since.String() > q.Until.String() && !isPrefix(q.Until.String(), q.Since.String()) {
		return q, usagef("timeline: --since %s is after --until %s", since, until)
	}
	return q, nil
}

// isPrefix reports whether the reduced-precision date a contains b, as
// 2012 contains 2012-06.
func isPrefix(a, b string) bool { return len(a) <= len(b) && b[:len(a)] == a }

// timelineDateWidth is the date column of the text form: "22 Jan 2013
// (approx.)" fits, and the event text wraps beside it.
const timelineDateWidth = 22

// printTimeline writes one event per entry: the date, the event's
// sentence wrapped beside it (beneath it on a narrow terminal), and its
// citation beneath.
func printTimeline(e *env, cp *corpus.Corpus, page corpus.TimelinePage, q corpus.TimelineQuery) {
	if len(page.Events) == 0 {
		fmt.Fprintln(e.stdout, "No dated events match.")
		return
	}
	o := newTextOut(e)
	indent := strings.Repeat(" ", timelineDateWidth+1)
	narrow := o.width < 3*len(indent) // too narrow for a date column
	if narrow {
		indent = "  "
	}
	for _, ev := range page.Events {
		when := ev.When()
		if ev.Date.Scheduled {
			when += " (scheduled)"
		}
		if narrow {
			o.writeWrapped("", indent, plain(when))
			o.writeWrapped(indent, indent, plain(ev.Text))
		} else {
			o.writeWrapped(fmt.Sprintf("%-*s", len(indent), when+" "), indent, plain(ev.Text))
		}
		o.writeWrapped(indent+"— ", indent+"  ", plain(cite(cp, ev.Ref)))
	}
	if len(page.Events) < page.Total {
		fmt.Fprintf(e.stdout, "\nShowing the %d most recent of %d events; --limit 0 lists all.\n", len(page.Events), page.Total)
	}
}

// writeTimelinePNG draws page as a chart into file.
func writeTimelinePNG(file string, cp *corpus.Corpus, page corpus.TimelinePage, q corpus.TimelineQuery) error {
	r, err := timelinechart.NewRenderer()
	if err != nil {
		return err
	}
	opt := timelinechart.Options{Title: "Timeline", Marks: timelinechart.BriefingMarks(page.Events, cp.Briefings)}
	if q.Faction != nil {
		opt.Title += ": " + q.Faction.Name
		opt.Empty = "No dated event mentions " + q.Faction.Name + "."
	}
	ch, err := r.Draw(page.Events, opt)
	if err != nil {
		return fmt.Errorf("timeline: --png %s: %w", file, err)
	}
	if err := os.WriteFile(file, ch.PNG, 0o644); err != nil {
		return fmt.Errorf("timeline: --png: %w", err)
	}
	return nil
}
