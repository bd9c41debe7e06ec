package index

import (
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestFirstTellings: a candidate is the first telling of what it holds
// of the question when no earlier paragraph of its briefing among the
// candidates holds all of it; the feature is then its coverage, else 0.
// A news report's lead is an earlier telling like any other paragraph.
func TestFirstTellings(t *testing.T) {
	held := func(cs ...int) map[int]bool {
		out := map[int]bool{}
		for _, c := range cs {
			out[c] = true
		}
		return out
	}
	for _, tt := range []struct {
		name string
		cs   []candidate
		want []float64
	}{
		{"a retelling after the first", []candidate{
			{slug: "a", para: 7, covered: held(0, 1)},
			{slug: "a", para: 2, covered: held(0, 1)},
		}, []float64{0, 1}},
		{"the later paragraph holds more", []candidate{
			{slug: "a", para: 2, covered: held(0)},
			{slug: "a", para: 7, covered: held(0, 1)},
		}, []float64{0.5, 1}},
		{"another briefing tells it earlier", []candidate{
			{slug: "b", para: 1, covered: held(0, 1)},
			{slug: "a", para: 9, covered: held(0, 1)},
		}, []float64{1, 1}},
		{"holding nothing tells nothing", []candidate{
			{slug: "a", para: 1},
			{slug: "a", para: 3, covered: held(1)},
		}, []float64{0, 0.5}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.cs {
				tt.cs[i].features[rank.Coverage] = float64(len(tt.cs[i].covered)) / 2
			}
			firstTellings(tt.cs)
			for i, c := range tt.cs {
				if got := c.features[rank.First]; got != tt.want[i] {
					t.Errorf("¶%d of %s: first %.2f, want %.2f", c.para, c.slug, got, tt.want[i])
				}
			}
		})
	}
}
