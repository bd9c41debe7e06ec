package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestPlainScores: the Plain feature is a candidate's score under one
// match query of the question's own words, scaled so that the best
// candidate's is 1: a paragraph the plain query ranks first scores 1,
// and one found only by a phrase, an expansion or a heading scores 0.
func TestPlainScores(t *testing.T) {
	c := briefing(t,
		"The harbour was captured by the rebels in May, and the harbour closed.",
		"Rebels struck the depot in June.",
		"The seizure came at night.",
		"The council met twice that winter.",
	)
	ix := build(t, c)
	cs, err := ix.Explain(context.Background(), "when was the harbour captured by the rebels")
	if err != nil {
		t.Fatal(err)
	}
	plain := map[int]float64{}
	for _, e := range cs {
		plain[e.Paragraph] = e.Features[rank.Plain]
	}
	for _, tt := range []struct {
		para     int
		min, max float64
	}{
		{1, 1, 1},       // the question's words, most of them
		{2, 0.01, 0.99}, // "rebels" alone
		{3, 0, 0},       // only a WordNet synonym: seizure for captured
	} {
		got, ok := plain[tt.para]
		if !ok {
			t.Errorf("¶%d is no candidate", tt.para)
			continue
		}
		if got < tt.min || got > tt.max {
			t.Errorf("¶%d: plain %.2f, want %.2f to %.2f", tt.para, got, tt.min, tt.max)
		}
	}
	if _, ok := plain[4]; ok {
		t.Errorf("¶4 holds nothing of the question, yet is a candidate")
	}
}
