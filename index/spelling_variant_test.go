package index

import (
	"context"
	"testing"
)

// TestAmericanSpellings: a question spelt the American way finds a
// paragraph spelt the British way, and the other way round; indexed as
// written, it does not.
func TestAmericanSpellings(t *testing.T) {
	// The paragraph spelt otherwise comes second in each pair, so that
	// it is no retelling of the first (rank.First) when it matches.
	c := briefing(t,
		"The deployment of the regional force was delayed by the rains.",
		"The council authorised the deployment of the regional force in March.",
		"The mission sent observers to the border.",
		"A regional organization sent observers to the border.",
	)
	for _, tt := range []struct {
		question    string
		keepBritish bool
		want        int
	}{
		{"who authorized the deployment of the force", false, 2},
		{"who authorized the deployment of the force", true, 1},
		{"which organisation sent observers to the border", false, 4},
		{"which organisation sent observers to the border", true, 3},
	} {
		ix := buildWith(t, c, Options{keepBritish: tt.keepBritish})
		res, err := ix.Search(context.Background(), tt.question, 4, 0)
		if err != nil {
			t.Fatal(err)
		}
		held := false
		for _, p := range res.Passages {
			held = held || p.Paragraph == tt.want && p.Rank == 1
		}
		if !held {
			t.Errorf("%q (as written %v): ¶%d not first in %+v", tt.question, tt.keepBritish, tt.want, res.Passages)
		}
	}
}
