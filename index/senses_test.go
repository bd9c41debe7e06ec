package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestWiderSenses: a paragraph holding a question word only by a synonym
// of another of its senses ("resigned" for "quit") reads Senses at that
// sense's share, and one holding it by a synonym of a derived form
// ("intermediary" for "mediated", by mediator) reads DerivSyn; neither
// covers the concept, and noSenses switches both off.
func TestWiderSenses(t *testing.T) {
	for _, tt := range []struct {
		question string
		paras    []string
		feature  rank.Feature
		want     map[int]bool // paragraph → holds the feature
	}{
		{"when did the minister quit", []string{
			"The minister resigned in March 2004 after the strike.",
			"The minister spoke in June 2006 about the strike.",
		}, rank.Senses, map[int]bool{1: true}},
		{"who mediated the border talks", []string{
			"Norway was the intermediary in the border talks.",
			"Norway hosted the border talks.",
		}, rank.DerivSyn, map[int]bool{1: true}},
	} {
		for _, off := range []bool{false, true} {
			ix := build(t, briefing(t, tt.paras...))
			ix.expansion.noSenses = off
			cs, err := ix.Explain(context.Background(), tt.question)
			if err != nil {
				t.Fatal(err)
			}
			if len(cs) != len(tt.paras) {
				t.Fatalf("%q: %d candidates, want %d", tt.question, len(cs), len(tt.paras))
			}
			for _, c := range cs {
				if got, want := c.Features[tt.feature] > 0, tt.want[c.Paragraph] && !off; got != want {
					t.Errorf("%q, noSenses %v: ¶%d %v %.2f, want held: %v", tt.question, off, c.Paragraph, tt.feature, c.Features[tt.feature], want)
				}
			}
		}
	}
}
