package index

import (
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestFirstTellings: a candidate is the first telling of what it holds
// of the question when no earlier paragraph of its briefing among the
// candidates holds all of it; the feature is then its coverage, else 0.
// A news report's lead is no earlier telling of what its later
// paragraphs hold (they go on with its telling), unless reports are
// switched off (ranker.noReportTellings).
func TestFirstTellings(t *testing.T) {
	held := func(cs ...int) map[int]bool {
		out := map[int]bool{}
		for _, c := range cs {
			out[c] = true
		}
		return out
	}
	for _, tt := range []struct {
		name      string
		noReports bool
		cs        []candidate
		want      []float64
	}{
		{"a retelling after the first", false, []candidate{
			{slug: "a", para: 7, covered: held(0, 1)},
			{slug: "a", para: 2, covered: held(0, 1)},
		}, []float64{0, 1}},
		{"the later paragraph holds more", false, []candidate{
			{slug: "a", para: 2, covered: held(0)},
			{slug: "a", para: 7, covered: held(0, 1)},
		}, []float64{0.5, 1}},
		{"another briefing tells it earlier", false, []candidate{
			{slug: "b", para: 1, covered: held(0, 1)},
			{slug: "a", para: 9, covered: held(0, 1)},
		}, []float64{1, 1}},
		{"holding nothing tells nothing", false, []candidate{
			{slug: "a", para: 1},
			{slug: "a", para: 3, covered: held(1)},
		}, []float64{0, 0.5}},
		{"a report's detail goes on from its lead", false, []candidate{
			{slug: "a", para: 4, report: 2, covered: held(0)},
			{slug: "a", para: 2, report: 2, covered: held(0, 1)},
		}, []float64{0.5, 1}},
		{"reports switched off", true, []candidate{
			{slug: "a", para: 4, report: 2, covered: held(0)},
			{slug: "a", para: 2, report: 2, covered: held(0, 1)},
		}, []float64{0, 1}},
		{"an earlier report tells it before", false, []candidate{
			{slug: "a", para: 6, report: 5, covered: held(0)},
			{slug: "a", para: 2, report: 2, covered: held(0, 1)},
		}, []float64{0, 1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.cs {
				tt.cs[i].features[rank.Coverage] = float64(len(tt.cs[i].covered)) / 2
			}
			firstTellings(tt.cs, !tt.noReports)
			for i, c := range tt.cs {
				if got := c.features[rank.First]; got != tt.want[i] {
					t.Errorf("¶%d of %s: first %.2f, want %.2f", c.para, c.slug, got, tt.want[i])
				}
			}
		})
	}
}
