package index

import (
	"context"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index/internal/rank"
)

// TestFocus: a count, date or duration counts as the answer only beside
// what the question asks about, by its own word, a form, a synonym or a
// broader or narrower word (guns → weapons; arrive → landed).
func TestFocus(t *testing.T) {
	c := briefing(t,
		"Guns were everywhere in Honiara, and 300 families had fled the town by then.",
		"More than 2,500 weapons have been handed in under the amnesty in Honiara.",
		"The mission's officers landed in Honiara on 24 July.",
		"In July, gangs in Honiara counted their losses. Then the first police patrols went out.",
		"The first police patrols went out in Honiara when the last of the gangs, worn down by months of raids and arrests across the town, had surrendered in late July.",
	)
	tests := []struct {
		q                     string
		noKin, noSentenceDate bool
		want                  map[int]float64 // paragraph → focus
	}{
		{"how many guns were handed in at honiara", false, false, map[int]float64{1: 0, 2: 1}},
		{"how many guns were handed in at honiara", true, false, map[int]float64{1: 0, 2: 0}},
		{"when did the first police arrive in honiara", false, false, map[int]float64{3: 1, 4: 0}},
		{"when did the first police arrive in honiara", true, false, map[int]float64{3: 0, 4: 0}},
		// A date stands anywhere in the sentence of the event, not only
		// within focusReach words; a count stays next to what it counts.
		{"when did the first police patrols go out in honiara", false, false, map[int]float64{4: 0, 5: 1}},
		{"when did the first police patrols go out in honiara", false, true, map[int]float64{4: 0, 5: 0}},
	}
	for _, tt := range tests {
		ix := build(t, c)
		ix.expansion.noKin = tt.noKin
		ix.expansion.noSentenceDate = tt.noSentenceDate
		got := focusByParagraph(t, ix, tt.q)
		for p, want := range tt.want {
			if got[p] != want {
				t.Errorf("%q (kin off %v, sentence date off %v): ¶%d focus %v, want %v", tt.q, tt.noKin, tt.noSentenceDate, p, got[p], want)
			}
		}
	}
}

// TestPlaceFocus: a where-question is answered by a place beside what it
// asks about (its verb, by any form or a broader or narrower word), not
// by a place elsewhere in the paragraph.
func TestPlaceFocus(t *testing.T) {
	c := briefing(t,
		"After a week of fighting in Cocody, Okello was arrested in the basement of his residence.",
		"Okello was captured, his aides said later in Abidjan, after a long siege of the compound.",
	)
	for _, tt := range []struct {
		off  bool
		want map[int]float64 // paragraph → focus
	}{
		{false, map[int]float64{1: 1, 2: 0}},
		{true, map[int]float64{1: 0, 2: 0}},
	} {
		ix := build(t, c)
		ix.expansion.noPlaceFocus = tt.off
		got := focusByParagraph(t, ix, "where was okello captured")
		for p, want := range tt.want {
			if got[p] != want {
				t.Errorf("place focus off %v: ¶%d focus %v, want %v", tt.off, p, got[p], want)
			}
		}
	}
}

// TestNamesInHeadings: a paragraph under a heading that names what the
// question names holds the name, though its text does not repeat it.
func TestNamesInHeadings(t *testing.T) {
	b := &corpus.Briefing{Slug: "test", Title: "Fact Sheet"}
	for i, p := range []corpus.Paragraph{
		{Section: "Overview", Text: "Troops of the Kestrel Mission patrol the coast, and fishermen say the coast is calmer."},
		{Section: "Kestrel Mission: funding", Text: "Donors have pledged 40 million dollars to pay for the patrols on the coast."},
	} {
		p.Number = i + 1
		b.Paragraphs = append(b.Paragraphs, p)
	}
	c, err := corpus.New(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		noHeadings bool
		want       int
	}{{false, 3}, {true, 1}} { // prose: tier 3 with the name, 1 without (see ranker.tier)
		ix := build(t, c)
		pl := ix.buildQuery("who pays for the kestrel patrols")
		pl.noHeadings = tt.noHeadings
		sec := b.Paragraphs[1].Section
		cs := []candidate{{slug: "test", para: 2, section: sec, heading: ix.headingOf("test", 2, sec), terms: map[string][]termAt{"patrol": {{pos: 9}}}}}
		features(&cs[0], pl, ix.about)
		if got := ix.ranker.tier(cs[0]); got != tt.want {
			t.Errorf("headings off %v: tier %d, want %d", tt.noHeadings, got, tt.want)
		}
	}
}

// focusByParagraph is the focus feature of each candidate paragraph for q.
func focusByParagraph(t *testing.T, ix *Index, q string) map[int]float64 {
	t.Helper()
	cs, err := ix.Explain(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]float64{}
	for _, e := range cs {
		got[e.Paragraph] = e.Features[rank.Focus]
	}
	return got
}
