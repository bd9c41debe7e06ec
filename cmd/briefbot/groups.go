package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/corpus"
)

// groupsCommand lists every faction of the corpus in name order.
func groupsCommand() command {
	c := command{
		summary: "list the groups the briefings describe",
		usage:   "briefbot groups [--corpus DIR] [--index-dir DIR] [--json]",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c, "groups")
		var cf corpusFlags
		cf.register(fs)
		asJSON := fs.Bool("json", false, "print JSON instead of text")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			fs.Usage()
			return usagef("groups: unexpected arguments %q", fs.Args())
		}
		co, err := cf.load(ctx, e)
		if err != nil {
			return err
		}
		list := co.SuggestFactions("", len(co.Factions))
		if *asJSON {
			return writeGroupsJSON(e, list)
		}
		writeGroups(e, list)
		return nil
	}
	return c
}

// writeGroupsJSON prints the groups' names, acronyms and aliases as one
// JSON object, an empty list rather than null when there are none.
func writeGroupsJSON(e *env, list []*corpus.Faction) error {
	type entry struct {
		Name    string   `json:"name"`
		Acronym string   `json:"acronym"`
		Aliases []string `json:"aliases"`
	}
	out := struct {
		Groups []entry `json:"groups"`
	}{Groups: []entry{}}
	for _, f := range list {
		out.Groups = append(out.Groups, entry{f.Name, f.Acronym, aliases(f)})
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("groups: writing JSON: %w", err)
	}
	return nil
}

// writeGroups prints a group a line, wrapped to the terminal: name,
// acronym and aliases.
func writeGroups(e *env, list []*corpus.Faction) {
	if len(list) == 0 {
		fmt.Fprintln(e.stdout, "The briefings describe no groups.")
		return
	}
	o := newTextOut(e)
	for _, f := range list {
		line := f.Name
		if f.Acronym != "" {
			line += " (" + f.Acronym + ")"
		}
		if al := aliases(f); len(al) > 0 {
			line += " — also " + strings.Join(al, ", ")
		}
		o.writeWrapped("", "    ", plain(line))
	}
}
