package index

import (
	"context"
	"math"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestSalience: a concept weighs by how few candidates hold it, so a
// paragraph that lacks what every candidate holds loses little, and one
// that lacks what only it could hold loses much.
func TestSalience(t *testing.T) {
	held := func(cs ...int) map[int]bool {
		out := map[int]bool{}
		for _, c := range cs {
			out[c] = true
		}
		return out
	}
	common, rare := math.Log1p(4.0/4), math.Log1p(4.0/2) // concept 0 held by 3 of 4, concept 1 by 1
	for _, tt := range []struct {
		name string
		cs   []candidate
		want []float64
	}{
		{"the rare concept outweighs the common one", []candidate{
			{covered: held(0)}, {covered: held(0)}, {covered: held(0)}, {covered: held(1)},
		}, []float64{common / (common + rare), common / (common + rare), common / (common + rare), rare / (common + rare)}},
		{"every concept held", []candidate{{covered: held(0, 1)}, {covered: held(0)}}, []float64{1, math.Log1p(2.0/3) / (math.Log1p(2.0/3) + math.Log1p(2.0/2))}},
		{"nothing held", []candidate{{}, {}}, []float64{0, 0}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			salience(tt.cs, 2)
			for i, c := range tt.cs {
				if got := c.features[rank.Salient]; math.Abs(got-tt.want[i]) > 1e-12 {
					t.Errorf("candidate %d: salient %.4f, want %.4f", i, got, tt.want[i])
				}
			}
		})
	}
}

// TestTheme: a paragraph with a sentence that opens with the question's
// name is about it; one that names it late in its sentences is not, and
// a question naming nothing gives no paragraph the feature.
func TestTheme(t *testing.T) {
	ix := build(t, briefing(t,
		"After two years in exile, the Okello Front launched a second offensive across the river in 1987.",
		"The government, pressed by donors and by a long drought that emptied the granaries of the north, signed a truce with the Okello Front.",
	))
	for _, tt := range []struct {
		question string
		want     map[int]float64
	}{
		{"when did the okello front launch its offensive", map[int]float64{1: 1, 2: 0}},
		{"when did the second offensive start", map[int]float64{1: 0}},
	} {
		cs, err := ix.Explain(context.Background(), tt.question)
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, c := range cs {
			if want, ok := tt.want[c.Paragraph]; ok {
				seen++
				if c.Features[rank.Theme] != want {
					t.Errorf("%q: ¶%d theme %v, want %v", tt.question, c.Paragraph, c.Features[rank.Theme], want)
				}
			}
		}
		if seen != len(tt.want) {
			t.Errorf("%q: %d of the paragraphs %v among the candidates", tt.question, seen, tt.want)
		}
	}
}
