package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestAgentNounsCover: a question's verb is held by a paragraph naming
// the one who does it, and the other way round ("guaranteed" by
// "guarantors", "plotters" by "plotted"), where the suffix stemmer gives
// the two different stems; a word that only looks alike ("guards") is
// not.
func TestAgentNounsCover(t *testing.T) {
	for _, tt := range []struct {
		question, paragraph string
		want                float64 // the paragraph's coverage of the question's concepts
	}{
		{"who guaranteed the accord", "Two neighbouring states acted as guarantors of the accord.", 1},
		{"who plotted the coup", "The plotters of the coup were arrested before dawn.", 1},
		{"who were the plotters of the coup", "Three colonels plotted the coup over the winter.", 1},
		{"who guaranteed the accord", "Armed guards watched over the signing of the accord.", 0.5},
	} {
		ix := build(t, briefing(t, tt.paragraph, "Nothing else happened in the valley that year."))
		if got := coverageOf(t, ix, tt.question); got != tt.want {
			t.Errorf("%q of %q: coverage %.2f, want %.2f", tt.question, tt.paragraph, got, tt.want)
		}
		// Without the agent nouns' derivations, the verb is not held.
		ix.lexicon = ix.lexicon.WithoutAgents()
		if got := coverageOf(t, ix, tt.question); tt.want == 1 && got != 0.5 {
			t.Errorf("%q of %q without agent nouns: coverage %.2f, want 0.50", tt.question, tt.paragraph, got)
		}
	}
}

// coverageOf is the coverage feature of ¶1 for question.
func coverageOf(t *testing.T, ix *Index, question string) float64 {
	t.Helper()
	cs, err := ix.Explain(context.Background(), question)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Paragraph == 1 {
			return c.Features[rank.Coverage]
		}
	}
	return -1
}
