package index

import (
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestCarriedNames: a candidate that holds none of the question's names
// takes the names' share of the candidate paragraph just before it in
// its briefing (rank.Carried), and ranks in the names tier with the
// paragraphs that hold them, unless ranker.noCarry; nothing is carried
// from a paragraph that is no candidate, from another briefing, from
// the paragraph after, or along a chain.
func TestCarriedNames(t *testing.T) {
	named := func(slug string, para int, share float64) candidate {
		c := candidate{id: docID(slug, para), slug: slug, para: para, anchored: true}
		c.features[rank.Anchors] = share
		return c
	}
	unnamed := func(slug string, para int) candidate {
		return candidate{id: docID(slug, para), slug: slug, para: para}
	}
	for _, tt := range []struct {
		name        string
		cs          []candidate
		want        []float64
		wantTier    []int
		wantNoCarry []int
	}{
		{"a follow-up", []candidate{unnamed("a", 4), named("a", 3, 0.5)},
			[]float64{0.5, 0}, []int{1, 1}, []int{0, 1}},
		{"the paragraph after", []candidate{unnamed("a", 2), named("a", 3, 1)},
			[]float64{0, 0}, []int{0, 1}, []int{0, 1}},
		{"another briefing", []candidate{unnamed("b", 4), named("a", 3, 1)},
			[]float64{0, 0}, []int{0, 1}, []int{0, 1}},
		{"no chain", []candidate{named("a", 1, 1), unnamed("a", 2), unnamed("a", 3)},
			[]float64{0, 1, 0}, []int{1, 1, 0}, []int{1, 0, 0}},
		{"a paragraph that names them keeps its own", []candidate{named("a", 2, 0.5), named("a", 1, 1)},
			[]float64{0, 0}, []int{1, 1}, []int{1, 1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			carryNames(tt.cs)
			for i, c := range tt.cs {
				if got := c.features[rank.Carried]; got != tt.want[i] {
					t.Errorf("¶%d of %s: carried %.2f, want %.2f", c.para, c.slug, got, tt.want[i])
				}
				if got := (ranker{}).tier(c); got != tt.wantTier[i] {
					t.Errorf("¶%d of %s: tier %d, want %d", c.para, c.slug, got, tt.wantTier[i])
				}
				if got := (ranker{noCarry: true}).tier(c); got != tt.wantNoCarry[i] {
					t.Errorf("¶%d of %s: tier without carrying %d, want %d", c.para, c.slug, got, tt.wantNoCarry[i])
				}
			}
		})
	}
}
