package index

import (
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestSmooth: a paragraph's neighbours feature counts the concepts it and
// the candidates next to it hold together, and its section feature those
// held by its heading and the candidates under it.
func TestSmooth(t *testing.T) {
	pl := plan{concepts: []concept{
		{exact: map[string]bool{"kasana": true}},
		{exact: map[string]bool{"kill": true}, wide: map[string]bool{"dead": true}},
		{exact: map[string]bool{"market": true}},
		{exact: map[string]bool{"shell": true}},
	}}
	cand := func(para int, section string, covered ...int) candidate {
		c := candidate{id: docID("b", para), slug: "b", para: para, section: section, heading: headingKey("b", section), covered: map[int]bool{}}
		for _, ci := range covered {
			c.covered[ci] = true
		}
		return c
	}
	about := map[string]map[string]bool{
		headingKey("b", "Shelling"): {"shell": true},
	}
	for _, tt := range []struct {
		name                string
		cs                  []candidate
		neighbours, section float64 // of cs[0]
	}{
		{"alone", []candidate{cand(5, "", 1)}, 0.25, 0},
		{"next paragraphs add theirs", []candidate{cand(5, "", 1), cand(4, "", 0), cand(6, "", 1, 2)}, 0.75, 0},
		{"farther paragraphs add nothing", []candidate{cand(5, "", 1), cand(3, "", 0), cand(7, "", 2)}, 0.25, 0},
		{"a section adds its heading and its candidates", []candidate{cand(5, "Shelling", 1), cand(9, "Shelling", 2), cand(6, "Other", 0)}, 0.5, 0.75},
		{"a section without candidates holds its heading", []candidate{cand(5, "Shelling")}, 0, 0.25},
	} {
		t.Run(tt.name, func(t *testing.T) {
			smooth(tt.cs, pl, about)
			if got := tt.cs[0].features[rank.Neighbours]; got != tt.neighbours {
				t.Errorf("neighbours = %v, want %v", got, tt.neighbours)
			}
			if got := tt.cs[0].features[rank.Section]; got != tt.section {
				t.Errorf("section = %v, want %v", got, tt.section)
			}
		})
	}
}
