package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// devDir is the development half of the evaluation corpus: per briefing,
// SLUG.md (or SLUG.txt), SLUG.questions.jsonl and SLUG.expected.json.
const devDir = "testdata/eval/dev"

// loadDev makes a corpus of the named development briefings, each read on
// its own from devDir, so that a test does not depend on which other
// briefings the folder holds.
func loadDev(t testing.TB, slugs ...string) *Corpus {
	t.Helper()
	var bs []*Briefing
	for _, slug := range slugs {
		b, err := parseDev(slug)
		if err != nil {
			t.Fatal(err)
		}
		bs = append(bs, b)
	}
	c, err := New(bs...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func parseDev(slug string) (*Briefing, error) {
	var firstErr error
	for _, ext := range []string{".md", ".txt", ".html", ".htm"} {
		name := filepath.Join(devDir, slug+ext)
		data, err := os.ReadFile(name)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		return Parse(name, data)
	}
	return nil, firstErr
}

// devParagraphs returns the text of every paragraph of the development
// briefings written in Markdown, briefing by briefing.
func devParagraphs(t testing.TB) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(devDir, "*.md"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no development briefings: %v", err)
	}
	var texts []string
	for _, name := range names {
		b, err := parseDev(strings.TrimSuffix(filepath.Base(name), ".md"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range b.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	return texts
}
