package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/briefbot/briefbot/corpus"
)

// groupEvents is how many of a group's latest events the text output shows.
const groupEvents = 5

// sentenceRunes caps a quoted naming sentence: a mention is a pointer to
// the paragraph, not the paragraph.
const sentenceRunes = 240

// errAmbiguous means a name fits several groups and none exactly.
var errAmbiguous = errors.New("matches several groups")

// groupJSON is the JSON form of one faction printed by "briefbot group".
type groupJSON struct {
	Name     string         `json:"name"`
	Acronym  string         `json:"acronym"`
	Aliases  []string       `json:"aliases"`
	Summary  string         `json:"summary"`
	Citation string         `json:"citation"`
	Passages []mentionJSON  `json:"passages"` // other sentences describing the group
	Mentions []mentionJSON  `json:"mentions"`
	Events   []corpus.Event `json:"events"`
}

type mentionJSON struct {
	Briefing  string `json:"briefing"`
	Paragraph int    `json:"paragraph"`
	Citation  string `json:"citation"`
	Sentence  string `json:"sentence"` // the sentence of the paragraph that names the group
}

func newGroupJSON(co *corpus.Corpus, f *corpus.Faction) groupJSON {
	g := groupJSON{
		Name:     f.Name,
		Acronym:  f.Acronym,
		Aliases:  aliases(f),
		Summary:  f.Summary,
		Passages: []mentionJSON{},
		Mentions: []mentionJSON{},
		Events:   f.Events,
	}
	if f.Defined.Briefing != "" {
		g.Citation = f.Defined.Citation()
	}
	if g.Events == nil {
		g.Events = []corpus.Event{}
	}
	for _, r := range f.Passages {
		g.Passages = append(g.Passages, mentionJSON{Briefing: r.Briefing, Paragraph: r.Paragraph, Citation: r.Citation(), Sentence: r.Sentence})
	}
	for _, r := range f.ListMentions() {
		g.Mentions = append(g.Mentions, mentionJSON{Briefing: r.Briefing, Paragraph: r.Paragraph, Citation: r.Citation(), Sentence: mentionSentence(co, f, r)})
	}
	return g
}

// groupCommand prints what the briefings say about a group. The words
// after the flags are one name, as with ask; commas separate several.
func groupCommand() command {
	c := command{
		summary: "describe a group: name, acronym, aliases, cited summary, mentions and events",
		usage:   "briefbot group [--corpus DIR] [--index-dir DIR] [--json] NAME[, NAME...] (with --json, one object per line per NAME)",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c, "group")
		var cf corpusFlags
		cf.register(fs)
		asJSON := fs.Bool("json", false, "print JSON, one object per line per NAME")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		names := groupNames(fs.Args())
		if len(names) == 0 {
			fs.Usage()
			return usagef("group: no group name given")
		}
		co, err := cf.load(ctx, e)
		if err != nil {
			return err
		}
		return printGroups(e, co, names, *asJSON)
	}
	return c
}

// printGroups looks up each name and prints what it finds, as text (a blank
// line between names) or as one JSON object per line. A name that matches
// no group does not stop the others: its error is joined into the one
// returned, after every name found has been printed.
func printGroups(e *env, co *corpus.Corpus, names []string, asJSON bool) error {
	var failed []error
	for i, name := range names {
		f, err := lookupGroup(co, name)
		if err != nil {
			failed = append(failed, err)
			continue
		}
		if asJSON {
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(newGroupJSON(co, f)); err != nil {
				return fmt.Errorf("group: writing JSON: %w", err)
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		printGroup(newTextOut(e), co, f)
	}
	return errors.Join(failed...)
}

// groupNames joins the words given into names: "Ansar Dine" unquoted is
// one name, and commas separate names ("MNLA, Ansar Dine").
func groupNames(args []string) []string {
	var out []string
	for _, n := range strings.Split(joinArgs(args), ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// lookupGroup finds the one group name means. A name that fits several
// groups equally is an error listing them; an unknown name's error offers
// only names close to it, else points to "briefbot groups".
func lookupGroup(co *corpus.Corpus, name string) (*corpus.Faction, error) {
	f, others, err := co.LookupFaction(name)
	var unknown *corpus.UnknownFactionError
	switch {
	case errors.As(err, &unknown):
		return nil, unknownGroup(co, name, err)
	case err != nil:
		return nil, fmt.Errorf("group %q: %w", name, err)
	case len(others) > 0:
		names := []string{f.Name}
		for _, o := range others {
			names = append(names, o.Name)
		}
		return nil, fmt.Errorf("group %q %w: %s; give more of the name", name, errAmbiguous, strings.Join(names, ", "))
	}
	return f, nil
}

// unknownGroup words the error for a name no group has.
func unknownGroup(co *corpus.Corpus, name string, err error) error {
	var unknown *corpus.UnknownFactionError
	errors.As(err, &unknown)
	var close []string
	for _, s := range unknown.Suggestions {
		if f := factionNamed(co, s); f != nil && isCloseName(name, f) {
			close = append(close, s)
		}
	}
	msg := fmt.Sprintf("group: no group matches %q; run \"briefbot groups\" to list the %d groups the briefings describe", name, len(co.Factions))
	if len(close) > 0 {
		msg = fmt.Sprintf("group: no group matches %q; did you mean %s?", name, strings.Join(close, ", "))
	}
	return &explained{msg, corpus.ErrUnknownFaction}
}

// explained is a sentinel error told in a sentence of its own.
type explained struct {
	msg string
	err error
}

func (e *explained) Error() string { return e.msg }
func (e *explained) Unwrap() error { return e.err }

func factionNamed(co *corpus.Corpus, name string) *corpus.Faction {
	for _, f := range co.Factions {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// isCloseName reports whether q is plausibly a misspelling of one of f's
// forms: the whole within an edit distance of a third of its length
// (rounded up, so a swapped pair of letters in an acronym counts), or a
// word of four letters or more within one edit of a word of the form.
func isCloseName(q string, f *corpus.Faction) bool {
	q = strings.ToLower(strings.TrimSpace(q))
	forms := append([]string{f.Name, f.Acronym}, f.Aliases...)
	for _, form := range forms {
		form = strings.ToLower(form)
		if form == "" {
			continue
		}
		if levenshtein.ComputeDistance(q, form) <= (utf8.RuneCountInString(q)+2)/3 {
			return true
		}
		for _, qw := range strings.Fields(q) {
			for _, fw := range strings.FieldsFunc(form, func(r rune) bool { return r == ' ' || r == '-' }) {
				if utf8.RuneCountInString(qw) >= 4 && utf8.RuneCountInString(fw) >= 4 && levenshtein.ComputeDistance(qw, fw) <= 1 {
					return true
				}
			}
		}
	}
	return false
}

// aliases are f's aliases less those that differ from its name, acronym
// or an earlier alias only in case.
func aliases(f *corpus.Faction) []string {
	seen := map[string]bool{strings.ToLower(f.Name): true, strings.ToLower(f.Acronym): true}
	out := []string{}
	for _, a := range f.Aliases {
		if k := strings.ToLower(a); !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}

// printGroup writes the text form of a faction, wrapped to the terminal.
func printGroup(o textOut, co *corpus.Corpus, f *corpus.Faction) {
	printGroupHead(o, co, f)
	printGroupPassages(o, co, f)
	printGroupMentions(o, co, f)
	printGroupEvents(o, co, f)
}

// printGroupHead prints the group's title, its other names and what the
// briefing says it is, cited, or that it says nothing.
func printGroupHead(o textOut, co *corpus.Corpus, f *corpus.Faction) {
	title := f.Name
	if f.Acronym != "" && !strings.EqualFold(f.Acronym, f.Name) {
		title += " (" + f.Acronym + ")"
	}
	o.writeWrapped("", "", plain(title))
	if al := aliases(f); len(al) > 0 {
		o.writeWrapped("Also known as: ", "  ", plain(strings.Join(al, ", ")))
	}
	fmt.Fprintln(o.w)
	if f.Summary != "" {
		o.writeWrapped("", "", plain(f.Summary))
		o.writeWrapped("  — ", "    ", plain(cite(co, f.Defined)))
	} else {
		o.writeWrapped("", "", plain("The briefings name this group but do not describe it."))
	}
}

// printGroupPassages prints the other passages that describe the group,
// each cited with the sentence that does.
func printGroupPassages(o textOut, co *corpus.Corpus, f *corpus.Faction) {
	if len(f.Passages) == 0 {
		return
	}
	fmt.Fprintln(o.w, "\nAlso described in:")
	for _, r := range f.Passages {
		o.writeWrapped("  • ", "    ", plain(cite(co, r.Ref)))
		o.writeWrapped("    ", "    ", plain(shorten(r.Sentence, sentenceRunes)))
	}
}

// printGroupMentions prints the paragraphs that only name the group, each
// cited with the sentence that names it.
func printGroupMentions(o textOut, co *corpus.Corpus, f *corpus.Faction) {
	ms := f.MentionsBesidePassages()
	if len(ms) == 0 {
		return
	}
	fmt.Fprintln(o.w, "\nAlso mentioned in:")
	for _, r := range ms {
		o.writeWrapped("  • ", "    ", plain(cite(co, r.Ref)))
		if s := mentionSentence(co, f, r); s != "" {
			o.writeWrapped("    ", "    ", plain(s))
		}
	}
}

// printGroupEvents prints the group's latest dated events, cited.
func printGroupEvents(o textOut, co *corpus.Corpus, f *corpus.Faction) {
	if len(f.Events) == 0 {
		return
	}
	fmt.Fprintln(o.w, "\nLatest events:")
	for _, ev := range f.LatestEvents(groupEvents) {
		o.writeWrapped("  • ", "    ", plain(fmt.Sprintf("%s — %s (%s)", ev.When(), ev.Text, cite(co, ev.Ref))))
	}
}

// cite renders r with the briefing's citation title: "Crisis in Mali 101
// › ¶4".
func cite(co *corpus.Corpus, r corpus.Ref) string {
	title := r.Title
	if b := co.Briefing(r.Briefing); b != nil {
		title = b.CiteTitle()
	}
	return fmt.Sprintf("%s › ¶%d", title, r.Paragraph)
}

// mentionSentence is the sentence extraction found naming f in the
// mention, or the one namingSentence finds.
func mentionSentence(co *corpus.Corpus, f *corpus.Faction, m corpus.Mention) string {
	if m.Sentence != "" {
		return shorten(m.Sentence, sentenceRunes)
	}
	return namingSentence(co, f, m.Ref)
}

// namingSentence returns the first sentence of the paragraph r cites that
// names f, shortened to sentenceRunes; or the paragraph's first sentence
// when none does by itself; or "" when r points nowhere.
func namingSentence(co *corpus.Corpus, f *corpus.Faction, r corpus.Ref) string {
	b := co.Briefing(r.Briefing)
	if b == nil || r.Paragraph < 1 || r.Paragraph > len(b.Paragraphs) {
		return ""
	}
	text, err := b.Text(r.Paragraph)
	if err != nil {
		return ""
	}
	sents := corpus.Sentences(text)
	if len(sents) == 0 {
		return ""
	}
	pick := sents[0]
	for _, s := range sents {
		if f.MentionedIn(s) {
			pick = s
			break
		}
	}
	return shorten(pick, sentenceRunes)
}

// shorten cuts s to at most n runes at a word boundary, marking the cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
