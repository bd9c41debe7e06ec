package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestAsked: the asked feature counts the question's concepts a
// reporter's question holds, for the answer turn it introduces; a
// statement holding the same words, and the reporter's turn itself,
// get nothing.
func TestAsked(t *testing.T) {
	ix := build(t, briefing(t,
		"SPOKESPERSON: The talks with the rebels were held in Lomé in May.",
		"Q: Will the talks with the rebels resume?",
		"SPOKESPERSON: Not this year. The government has said all it has to say.",
	))
	cs, err := ix.Explain(context.Background(), "will talks with the rebels resume")
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]bool{1: false, 2: false, 3: true}
	seen := 0
	for _, c := range cs {
		got := c.Features[rank.Asked] > 0
		if w, ok := want[c.Paragraph]; ok {
			seen++
			if got != w {
				t.Errorf("¶%d: asked %v, want above zero %v", c.Paragraph, c.Features[rank.Asked], w)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of the %d paragraphs among the candidates", seen, len(want))
	}
}
