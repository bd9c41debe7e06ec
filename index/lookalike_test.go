package index

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestEarly: the early feature reads only how many of the paragraph's
// own words stand before its first question concept, so the same
// opening scores alike in a short paragraph and a long one; an earlier
// concept scores higher, none scores 0, and a lead-in's words and
// concepts do not count.
func TestEarly(t *testing.T) {
	pl := plan{concepts: []concept{
		{exact: map[string]bool{"coup": true}, wide: map[string]bool{"putsch": true}},
		{exact: map[string]bool{"army": true}},
	}}
	// para is n words with the word at offset at (or none when at < 0).
	para := func(n, at int, word string) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = fmt.Sprintf("w%d", i)
		}
		if at >= 0 {
			ws[at] = word
		}
		return strings.Join(ws, " ") + "."
	}
	for _, tt := range []struct {
		name, lead, body string
		want             float64
	}{
		{"offset 11 of 20 words", "", para(20, 11, "coup"), 0.45},
		{"offset 11 of 47 words", "", para(47, 11, "coup"), 0.45},
		{"offset 3: earlier, higher", "", para(47, 3, "coup"), 0.85},
		{"first word", "", para(20, 0, "army"), 1},
		{"by a synonym", "", para(20, 11, "putsch"), 0.45},
		{"past the reach", "", para(47, 30, "coup"), 0},
		{"no concept", "", para(47, -1, ""), 0},
		{"a lead-in's words do not count", "The army coup of 1984 in the north. ", para(20, 11, "coup"), 0.45},
		{"a lead-in's concept does not count", "The coup. ", para(20, -1, ""), 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := candidate{text: tt.lead + tt.body, body: len(tt.lead), terms: map[string][]termAt{}}
			pos := 0
			for _, s := range splitSentences(c.text) {
				for _, w := range s.words {
					if isConceptTerm(pl, w.text) {
						c.terms[w.text] = append(c.terms[w.text], termAt{pos: pos, start: s.span[0] + w.start})
					}
					pos++
				}
			}
			if got := earlyFeature(&c, pl); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("early %.4f, want %.4f", got, tt.want)
			}
		})
	}
}
