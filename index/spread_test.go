package index

import (
	"context"
	"math"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index/internal/rank"
)

// choleraBriefings are three briefings of my own writing. Two report a
// ceasefire alike; one of them is about a cholera epidemic and says
// "cholera" in many paragraphs, the other once; the third is about
// something else. Slugs are chosen so that a tie goes to the briefing
// that is not about cholera.
func choleraBriefings(t *testing.T) *corpus.Corpus {
	t.Helper()
	about := &corpus.Briefing{Slug: "zulu", Title: "The Lowland War", Paragraphs: paragraphs(
		"Cholera reached the camps in the dry season.",
		"Doctors counted cholera cases in every district.",
		"The rebels blamed the army for the cholera deaths.",
		"Road blocks slowed the convoys for weeks.",
		"The ceasefire was signed on 4 May.",
		"Markets closed and prices rose sharply.",
		"Cholera vaccines arrived after the rains.",
	)}
	passing := &corpus.Briefing{Slug: "alpha", Title: "The Highland War", Paragraphs: paragraphs(
		"A cholera scare closed one school.",
		"Road blocks slowed the convoys for weeks.",
		"The ceasefire was signed on 9 June.",
		"Markets closed and prices rose sharply.",
		"Farmers left the valley for the towns.",
	)}
	other := &corpus.Briefing{Slug: "mike", Title: "The Coastal Strike", Paragraphs: paragraphs(
		"Dock workers stopped work for weeks.",
		"The port authority hired new crews.",
	)}
	c, err := corpus.New(about, passing, other)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func paragraphs(texts ...string) []corpus.Paragraph {
	out := make([]corpus.Paragraph, len(texts))
	for i, text := range texts {
		out[i] = corpus.Paragraph{Number: i + 1, Text: text}
	}
	return out
}

// TestBriefingFeature: a question whose rare word ("cholera") one
// briefing uses throughout ranks that briefing's answer first; without
// the briefing feature the other briefing's, alike but for the date,
// wins the tie.
func TestBriefingFeature(t *testing.T) {
	for _, tt := range []struct {
		off  bool
		want string
	}{{false, "zulu"}, {true, "alpha"}} {
		ix := build(t, choleraBriefings(t))
		if tt.off {
			ix.ranker.weights = ix.ranker.weights.Without(rank.Briefing)
		}
		res, err := ix.Search(context.Background(), "when was the ceasefire signed during the cholera epidemic", 1, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Passages[0].Briefing; got != tt.want {
			t.Errorf("feature off %v: first passage in %s, want %s", tt.off, got, tt.want)
		}
	}
}

// TestBriefingShares: the briefing that uses a question's rare word
// throughout scores well above the other; words both briefings use as
// often point to none; in a corpus of one briefing there is one
// value, so nothing is reordered.
func TestBriefingShares(t *testing.T) {
	ix := build(t, choleraBriefings(t))
	cs := []candidate{{slug: "zulu"}, {slug: "alpha"}, {slug: "mike"}}
	for _, tt := range []struct {
		q       string
		atLeast float64 // zulu's lead over alpha
		atMost  float64
	}{
		{"what did doctors do about cholera", 0.2, 1},
		{"what went on for weeks", -0.05, 0.05},
	} {
		got := ix.briefingShares(ix.buildQuery(tt.q), cs)
		if lead := got["zulu"] - got["alpha"]; lead < tt.atLeast || lead > tt.atMost {
			t.Errorf("%q: shares %v, zulu's lead %.3f, want it in [%g, %g]", tt.q, got, lead, tt.atLeast, tt.atMost)
		}
	}
	one := build(t, briefing(t, "Cholera reached the camps.", "The ceasefire held.", "Cholera spread."))
	got := one.briefingShares(one.buildQuery("when did cholera reach the camps"), []candidate{{slug: "test"}, {slug: "test"}})
	if len(got) != 1 || math.IsNaN(got["test"]) {
		t.Errorf("one briefing: shares %v, want one value", got)
	}
}
