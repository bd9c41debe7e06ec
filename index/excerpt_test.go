package index

import (
	"context"
	"slices"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

// TestHighlightsAreTheAnalyzers: the words an excerpt bolds are those the
// analyzer finds in the paragraph alone, for every development question's
// first ten passages over the whole development corpus; its transcripts'
// answers are indexed after their question (a lead-in), so offsets must
// be shifted past it. Both sources are checked: the candidates' text
// analysed again (what Search uses), and the index's term vectors
// (highlights, where the text cannot be analysed so).
func TestHighlightsAreTheAnalyzers(t *testing.T) {
	sets := devSets(t)
	c := sets[len(sets)-1].c // all briefings in one corpus
	ix := build(t, c)
	ctx := context.Background()
	checked, led, searched := 0, 0, 0
	for _, s := range sets[len(sets)/2:] {
		for _, q := range s.qs {
			res, err := ix.Search(ctx, q.Q, 10, 0)
			if err != nil {
				continue
			}
			pl := ix.buildQuery(q.Q)
			searched += fromHighlights(t, ix, pl, res.Passages)
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
	if checked < 1000 || led == 0 || searched < checked {
		t.Errorf("checked %d excerpts, %d after a lead-in, %d passages' spans from highlights: too few to tell", checked, led, searched)
	}
}

// fromHighlights checks the spans highlights finds for passages against
// the analyzer's, and returns how many passages it checked.
func fromHighlights(t *testing.T, ix *Index, pl plan, passages []corpus.Passage) int {
	t.Helper()
	ids := make([]string, len(passages))
	for i, p := range passages {
		ids[i] = docID(p.Briefing, p.Paragraph)
	}
	spans, err := ix.highlights(context.Background(), ids, pl.highlight)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range passages {
		if got, want := spans[ids[i]], analysedSpans(ix, p.Text, pl.highlight); !slices.Equal(got, want) {
			t.Fatalf("%s: highlights bolds %v, the analyzer %v", ids[i], got, want)
		}
	}
	return len(passages)
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
