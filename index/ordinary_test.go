package index

import (
	"context"
	"slices"
	"testing"
)

// TestOrdinaryWordsAreNoNames: a question's ordinary word spelt like a
// one-word name the corpus defines ("big" and the Bara Interim
// Government, BIG, a word the briefing also writes in lower case) or like
// a name's possessive ("this" and Thi) is not
// that name unless written in capitals; read as the name (keepOrdinary),
// it anchors the question and puts the paragraph naming it first.
func TestOrdinaryWordsAreNoNames(t *testing.T) {
	c := briefing(t,
		"The Bara Interim Government (BIG) was proclaimed by the rebels in 1990, and BIG named its own ministers.",
		"The army was small: it numbered about 800 soldiers when the rebellion began.",
		"Nguyen Thi Hoa led the delegation, and Thi Hoa spoke for the rebels at every session.",
		"The talks resumed this morning and the delegates spoke of a ceasefire.",
		"Markets reopened: a big crowd, big queues and a big relief after the siege.",
	)
	for _, tt := range []struct {
		q            string
		keepOrdinary bool
		anchors      []string
		first        int
	}{
		{"how big was the army", false, nil, 2},
		{"how big was the army", true, []string{"BIG"}, 1},
		{"what did BIG do", false, []string{"BIG"}, 1},
		{"what did the delegates say this morning", false, nil, 4},
		{"what did the delegates say this morning", true, []string{"Thi"}, 3},
	} {
		ix := build(t, c)
		ix.expansion.keepOrdinary = tt.keepOrdinary
		var got []string
		for _, a := range ix.buildQuery(tt.q).anchors {
			got = append(got, a.label)
		}
		if !slices.Equal(got, tt.anchors) {
			t.Errorf("%q (keepOrdinary %v): anchors %q, want %q", tt.q, tt.keepOrdinary, got, tt.anchors)
		}
		res, err := ix.Search(context.Background(), tt.q, 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		if first := res.Passages[0].Paragraph; first != tt.first {
			t.Errorf("%q (keepOrdinary %v): first ¶%d, want ¶%d", tt.q, tt.keepOrdinary, first, tt.first)
		}
	}
}
