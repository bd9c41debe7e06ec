package index

import (
	"context"
	"slices"
	"testing"
)

// TestHighlightsAreTheAnalyzers: the words an excerpt bolds, read from the
// index's term vectors, are those the analyzer finds in the paragraph
// alone, for every development question's first ten passages over the
// whole development corpus; its transcripts' answers are indexed after
// their question (a lead-in), so offsets must be shifted past it. Both
// sources are checked: the location search's, for questions whose terms
// to bold it finds wherever they stand, and highlights' for the rest.
func TestHighlightsAreTheAnalyzers(t *testing.T) {
	sets := devSets(t)
	c := sets[len(sets)-1].c // all briefings in one corpus
	ix := build(t, c)
	ctx := context.Background()
	checked, led, located, searched := 0, 0, 0, 0
	for _, s := range sets[len(sets)/2:] {
		for _, q := range s.qs {
			res, err := ix.Search(ctx, q.Q, 10, 0)
			if err != nil {
				continue
			}
			pl := ix.buildQuery(q.Q)
			if fromLocations(t, ix, pl) {
				located++
			} else {
				searched++
			}
			for _, p := range res.Passages {
				want := excerpt(p.Text, analysedSpans(ix, p.Text, pl.highlight), excerptBytes)
				if p.Excerpt != want {
					t.Fatalf("%q, %s:\nexcerpt  %q\nanalyzer %q", q.Q, p.Citation, p.Excerpt, want)
				}
				checked++
				if b := ix.bodyOffset(docID(p.Briefing, p.Paragraph)); b > 0 {
					led++
				}
			}
		}
	}
	if checked < 1000 || led == 0 || located == 0 || searched == 0 {
		t.Errorf("checked %d excerpts, %d after a lead-in, %d questions' from the location search, %d from highlights: too few to tell", checked, led, located, searched)
	}
}

// fromLocations checks the spans the location search gives for pl's top
// candidates, if it gives them, and reports whether it did.
func fromLocations(t *testing.T, ix *Index, pl plan) bool {
	t.Helper()
	hits, _, err := ix.topHits(context.Background(), pl.query, candidates)
	if err != nil {
		t.Fatal(err)
	}
	cs, spans, err := ix.locatedCandidates(context.Background(), pl, hits, true)
	if err != nil {
		t.Fatal(err)
	}
	if spans == nil {
		return false
	}
	for _, c := range cs {
		p, _, err := ix.paragraph(c.id)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := spans[c.id], analysedSpans(ix, p.Text, pl.highlight); !slices.Equal(got, want) {
			t.Fatalf("%s: the location search bolds %v, the analyzer %v", c.id, got, want)
		}
	}
	return true
}

// analysedSpans is where terms stand in text by the analyzer itself.
func analysedSpans(ix *Index, text string, terms map[string]bool) []span {
	var out []span
	for _, tok := range ix.analyzer.Analyze([]byte(text)) {
		if terms[string(tok.Term)] {
			out = append(out, span{tok.Start, tok.End})
		}
	}
	return out
}
