package index

import (
	"math"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestShares: each candidate's Share is its briefing's part of the
// candidates' BM25 scores, summed; every candidate of one briefing
// alone holds it all, and scores of zero leave it unset.
func TestShares(t *testing.T) {
	for _, tt := range []struct {
		name  string
		cs    []candidate
		wants []float64
	}{
		{"one briefing", []candidate{{slug: "a", bm25: 3}, {slug: "a", bm25: 1}}, []float64{1, 1}},
		{"two briefings", []candidate{{slug: "a", bm25: 3}, {slug: "b", bm25: 4}, {slug: "a", bm25: 1}, {slug: "b", bm25: 2}}, []float64{0.4, 0.6, 0.4, 0.6}},
		{"a strong paragraph of a briefing with few", []candidate{{slug: "a", bm25: 5}, {slug: "b", bm25: 2}, {slug: "b", bm25: 2}, {slug: "b", bm25: 1}}, []float64{0.5, 0.5, 0.5, 0.5}},
		{"no scores", []candidate{{slug: "a"}, {slug: "b"}}, []float64{0, 0}},
	} {
		setShares(tt.cs)
		for i, want := range tt.wants {
			if got := tt.cs[i].features[rank.Share]; math.Abs(got-want) > 1e-9 {
				t.Errorf("%s: candidate %d share %v, want %v", tt.name, i, got, want)
			}
		}
	}
}
