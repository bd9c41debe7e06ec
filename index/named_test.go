package index

import (
	"context"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestNameAsked: "which" or "what" of a noun WordNet files first as a
// kind of person, body of people or place asks for a name; of a thing,
// a happening or a time it does not, nor does a question the wh-word
// does not open.
func TestNameAsked(t *testing.T) {
	lex := wordnet.Load()
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"which party won the election", true},
		{"what countries sent troops", true},
		{"which other towns had riots", true},
		{"which judge ruled against the union", true},
		{"so which side did the army take", true},
		{"what weapons did the rebels carry", false},
		{"what happened to the party", false},
		{"what year did the party split", false},
		{"what is the party", false},
		{"why did the party split", false},
		{"the party won which seats", false},
	} {
		if got := nameAskedOf(strings.Fields(tt.q), lex.Nameable); got != tt.want {
			t.Errorf("nameAskedOf(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestNamed: for a question asking which party, the paragraph naming
// one beside the question's words gets rank.Named, the one that only
// repeats the words does not; a question asking for no name gives every
// paragraph 0.
func TestNamed(t *testing.T) {
	b := &corpus.Briefing{Slug: "okavu", Title: "Okavu in 1984"}
	for i, p := range []string{
		"The election was held in March. The Unity Party won most seats in the assembly.",
		"The election was held in March and many parties won seats in the assembly.",
	} {
		b.Paragraphs = append(b.Paragraphs, corpus.Paragraph{Number: i + 1, Text: p})
	}
	c, err := corpus.New(b)
	if err != nil {
		t.Fatal(err)
	}
	ix := build(t, c)
	for _, tt := range []struct {
		q    string
		want [2]float64 // named of ¶1 and ¶2
	}{
		{"which party won seats in the election", [2]float64{1, 0}},
		{"what happened in the election", [2]float64{0, 0}},
	} {
		ex, err := ix.Explain(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, e := range ex {
			if e.Paragraph < 1 || e.Paragraph > 2 {
				continue
			}
			seen++
			if got := e.Features[rank.Named]; got != tt.want[e.Paragraph-1] {
				t.Errorf("%q ¶%d: named %.2f, want %.2f", tt.q, e.Paragraph, got, tt.want[e.Paragraph-1])
			}
		}
		if seen != 2 {
			t.Errorf("%q: %d of the 2 paragraphs among the candidates", tt.q, seen)
		}
	}
}
