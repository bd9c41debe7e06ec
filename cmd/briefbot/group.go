package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/briefbot/briefbot/corpus"
)

// groupEvents is how many of a group's latest events the text output shows.
const groupEvents = 5

// groupJSON is the JSON form of one faction printed by "briefbot group".
type groupJSON struct {
	Name     string         `json:"name"`
	Acronym  string         `json:"acronym"`
	Aliases  []string       `json:"aliases"`
	Summary  string         `json:"summary"`
	Citation string         `json:"citation"`
	Mentions []mentionJSON  `json:"mentions"`
	Events   []corpus.Event `json:"events"`
	Others   []string       `json:"did_you_mean,omitempty"`
}

type mentionJSON struct {
	Briefing  string `json:"briefing"`
	Paragraph int    `json:"paragraph"`
	Citation  string `json:"citation"`
}

func newGroupJSON(f *corpus.Faction, others []*corpus.Faction) groupJSON {
	g := groupJSON{
		Name:     f.Name,
		Acronym:  f.Acronym,
		Aliases:  f.Aliases,
		Summary:  f.Summary,
		Mentions: []mentionJSON{},
		Events:   f.Events,
	}
	if f.Defined.Briefing != "" {
		g.Citation = f.Defined.Citation()
	}
	if g.Aliases == nil {
		g.Aliases = []string{}
	}
	if g.Events == nil {
		g.Events = []corpus.Event{}
	}
	for _, r := range f.Mentions {
		g.Mentions = append(g.Mentions, mentionJSON{Briefing: r.Briefing, Paragraph: r.Paragraph, Citation: r.Citation()})
	}
	for _, o := range others {
		g.Others = append(g.Others, o.Name)
	}
	return g
}

// groupCommand prints what the briefings say about one or more groups.
// With --json and several names it prints one JSON object per line.
func groupCommand() command {
	c := command{
		summary: "describe a group: name, acronym, aliases, cited summary, mentions and events",
		usage:   "briefbot group [--corpus DIR] [--index-dir DIR] [--json] NAME... (with --json, one object per line per NAME)",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c, "group")
		var cf corpusFlags
		cf.register(fs)
		asJSON := fs.Bool("json", false, "print JSON, one object per line per NAME")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		names := fs.Args()
		if len(names) == 0 {
			fs.Usage()
			return fmt.Errorf("group: %w: no group name given", errUsage)
		}
		co, err := cf.load(e)
		if err != nil {
			return err
		}
		var failed []error
		for i, name := range names {
			f, others, err := co.LookupFaction(name)
			if err != nil {
				failed = append(failed, fmt.Errorf("group %q: %w", name, err))
				continue
			}
			if *asJSON {
				enc := json.NewEncoder(e.stdout)
				enc.SetEscapeHTML(false)
				if err := enc.Encode(newGroupJSON(f, others)); err != nil {
					return fmt.Errorf("group: writing JSON: %w", err)
				}
				continue
			}
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			printGroup(e.stdout, co, f, others)
		}
		return errors.Join(failed...)
	}
	return c
}

// printGroup writes the text form of a faction.
func printGroup(w io.Writer, co *corpus.Corpus, f *corpus.Faction, others []*corpus.Faction) {
	title := f.Name
	if f.Acronym != "" && !strings.EqualFold(f.Acronym, f.Name) {
		title += " (" + f.Acronym + ")"
	}
	fmt.Fprintln(w, title)
	if len(f.Aliases) > 0 {
		fmt.Fprintf(w, "Also known as: %s\n", strings.Join(f.Aliases, ", "))
	}
	if f.Summary != "" {
		fmt.Fprintf(w, "\n%s\n  — %s\n", f.Summary, f.Defined.Citation())
	} else {
		fmt.Fprintln(w, "\nThe briefings name this group but do not describe it.")
	}
	if len(f.Mentions) > 0 {
		fmt.Fprintln(w, "\nAlso mentioned in:")
		for _, r := range f.Mentions {
			fmt.Fprintf(w, "  • %s%s\n", r.Citation(), excerpt(co, r, 100))
		}
	}
	if len(f.Events) > 0 {
		evs := f.LatestEvents(groupEvents)
		fmt.Fprintln(w, "\nLatest events:")
		for _, ev := range evs {
			fmt.Fprintf(w, "  • %s — %s (%s)\n", ev.Date.Human(), ev.Text, ev.Ref.Citation())
		}
	}
	if len(others) > 0 {
		names := make([]string, len(others))
		for i, o := range others {
			names[i] = o.Name
		}
		fmt.Fprintf(w, "\nDid you mean: %s?\n", strings.Join(names, ", "))
	}
}

// excerpt returns ": " and the start of the paragraph r cites, or "".
func excerpt(co *corpus.Corpus, r corpus.Ref, n int) string {
	b := co.Briefing(r.Briefing)
	if b == nil || r.Paragraph < 1 || r.Paragraph > len(b.Paragraphs) {
		return ""
	}
	t := []rune(b.Paragraphs[r.Paragraph-1].Text)
	if len(t) > n {
		return ": " + strings.TrimSpace(string(t[:n])) + "…"
	}
	return ": " + string(t)
}
