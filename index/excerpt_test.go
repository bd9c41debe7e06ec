package index

import (
	"context"
	"testing"
)

// TestHighlightsAreTheAnalyzers: the words an excerpt bolds, read from the
// index's term vectors, are those the analyzer finds in the paragraph
// alone, for every development question's first ten passages over the
// whole development corpus; its transcripts' answers are indexed after
// their question (a lead-in), so offsets must be shifted past it.
func TestHighlightsAreTheAnalyzers(t *testing.T) {
	sets := devSets(t)
	c := sets[len(sets)-1].c // all briefings in one corpus
	ix := build(t, c)
	ctx := context.Background()
	checked, led := 0, 0
	for _, s := range sets[len(sets)/2:] {
		for _, q := range s.qs {
			res, err := ix.Search(ctx, q.Q, 10, 0)
			if err != nil {
				continue
			}
			pl := ix.buildQuery(q.Q)
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
	if checked < 1000 || led == 0 {
		t.Errorf("checked %d excerpts, %d after a lead-in: too few to tell", checked, led)
	}
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
