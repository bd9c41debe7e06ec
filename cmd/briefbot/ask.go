package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index"
)

// askFlags are ask's options beyond the corpus.
type askFlags struct {
	json, full, verbose bool
	k                   int
}

func askCommand() command {
	c := command{
		summary: "print the passages that answer a question, ranked and cited",
		usage:   "briefbot ask [--corpus DIR] [--index-dir DIR] [--json] [--full] [--verbose] [-k N] QUESTION...",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c, "ask")
		var cf corpusFlags
		var af askFlags
		cf.register(fs)
		af.register(fs)
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		q, err := askQuestion(fs.Args(), af.k)
		if err != nil {
			fs.Usage()
			return err
		}
		return ask(ctx, e, cf, af, q)
	}
	return c
}

// register declares ask's own flags on fs.
func (af *askFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&af.json, "json", false, "print JSON instead of text")
	fs.BoolVar(&af.full, "full", false, "print whole paragraphs, not excerpts")
	fs.BoolVar(&af.verbose, "verbose", false, "also print each passage's ranking score")
	fs.IntVar(&af.k, "k", 3, "number of passages")
}

// ask opens the corpus the flags name, searches it for q and prints the
// passages as af asks. A question with no searchable word is the user's
// mistake and says what to ask instead.
func ask(ctx context.Context, e *env, cf corpusFlags, af askFlags, q string) error {
	ix, err := cf.open(ctx, e)
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, q, af.k, 0)
	if errors.Is(err, corpus.ErrNoQuery) {
		return fmt.Errorf("ask: %q has no words to search for; ask about a name, place or event", q)
	}
	if err != nil {
		return err
	}
	if af.json {
		return printAskJSON(e, res)
	}
	printAsk(newTextOut(e), ix, res, af)
	return nil
}

// askQuestion joins the words of the question and checks it and -k: a
// mistake there is a usage error.
func askQuestion(words []string, k int) (string, error) {
	q := joinArgs(words)
	switch {
	case q == "":
		return "", usagef("ask: no question given")
	case k < 1:
		return "", usagef("ask: -k must be at least 1, got %d", k)
	}
	if err := corpus.CheckQuestion(q); err != nil {
		return "", usagef("ask: %v", err)
	}
	return q, nil
}

func printAskJSON(e *env, res corpus.Results) error {
	if res.Passages == nil {
		res.Passages = []corpus.Passage{}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}

// printAsk writes the text form: any notes about the question, then each
// passage as a citation line and its excerpt (or whole paragraph), wrapped
// with a hanging indent.
func printAsk(o textOut, ix *index.Index, res corpus.Results, af askFlags) {
	// Notes about the question or the search, before the passages. A note
	// the search itself returns (the briefings don't say X) goes here too.
	notes := []string{corpus.LanguageNote(res.Question), res.Missing}
	for _, n := range notes {
		if n != "" {
			o.writeWrapped("", "", plain(n))
			fmt.Fprintln(o.w)
		}
	}
	if len(res.Passages) == 0 {
		o.writeWrapped("", "", plain(fmt.Sprintf("No passage matches %q. Try other words, or a group's name.", res.Question)))
		return
	}
	c := ix.Corpus()
	for i, p := range res.Passages {
		if i > 0 {
			fmt.Fprintln(o.w)
		}
		marker := strconv.Itoa(p.Rank) + ". "
		indent := strings.Repeat(" ", len(marker))
		o.writeWrapped(marker, indent, plain(citeLine(c, p, af.verbose)))
		o.writeWrapped(indent, indent, passageSpans(p, af.full))
	}
}

// citeLine is a passage's citation as a reader follows it: the briefing's
// short title, the section when there is one, and the paragraph, as in
// "Crisis in Mali 101 › ¶4"; with verbose, the ranking score too.
func citeLine(c *corpus.Corpus, p corpus.Passage, verbose bool) string {
	title := p.Title
	if b := c.Briefing(p.Briefing); b != nil {
		title = b.CiteTitle()
	}
	parts := []string{title}
	if p.Section != "" {
		parts = append(parts, p.Section)
	}
	parts = append(parts, fmt.Sprintf("¶%d", p.Paragraph))
	line := strings.Join(parts, " › ")
	if verbose {
		line += fmt.Sprintf("  (score %.3f)", p.Score)
	}
	return line
}

// passageSpans is what ask prints of a passage: the excerpt with its
// matched words marked, or with full the whole paragraph, marked likewise.
func passageSpans(p corpus.Passage, full bool) []span {
	ex := parseMarkdownBold(p.Excerpt)
	if p.Excerpt == "" {
		return plain(p.Text)
	}
	if full {
		return boldWords(p.Text, ex)
	}
	return ex
}
