package index

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestTopHitsAsIDSort: topHits keeps and orders the same hits as bleve's
// own sort on score and ID, for page sizes that cut between hits of equal
// score and between hits of different scores.
func TestTopHitsAsIDSort(t *testing.T) {
	ix := build(t, tiedCorpus(t))
	ctx := context.Background()
	cuts := map[string]int{} // how many hits left out score as the last kept
	for _, q := range append(corpustest.Questions(60, 5), "convoy", "the convoy in the north") {
		pl := ix.buildQuery(q)
		if pl.query == nil {
			continue
		}
		for _, n := range []int{1, 3, candidates, 200} {
			want, err := ix.idx.SearchInContext(ctx, rankRequest(pl.query, n))
			if err != nil {
				t.Fatal(err)
			}
			got, total, err := ix.topHits(ctx, pl.query, n)
			if err != nil {
				t.Fatal(err)
			}
			if total != want.Total || !slices.Equal(hitIDs(got), hitIDs(want.Hits)) {
				t.Fatalf("%q, n=%d: topHits gives %v (of %d), the ID sort %v (of %d)", q, n, hitIDs(got), total, hitIDs(want.Hits), want.Total)
			}
			if len(want.Hits) == n && int(want.Total) > n {
				cuts[tiedBeyond(ix, ctx, pl, n)]++
			}
		}
	}
	for _, tied := range []string{"none", "a few", "more than n"} {
		if cuts[tied] == 0 {
			t.Errorf("no cut with %s hits left out scoring as the last kept; the test needs some (%v)", tied, cuts)
		}
	}
}

// tiedCorpus is a synthetic corpus and a briefing of a hundred paragraphs
// that score alike for "convoy": more hits of one score than a page.
func tiedCorpus(t *testing.T) *corpus.Corpus {
	bs, err := corpustest.Briefings(3000, 5)
	if err != nil {
		t.Fatal(err)
	}
	b := &corpus.Briefing{Slug: "convoys", Title: "Convoys"}
	for i := range 100 {
		text := fmt.Sprintf("The convoy reached the town on day %03d.", i+1)
		b.Paragraphs = append(b.Paragraphs, corpus.Paragraph{Number: i + 1, Text: text})
	}
	c, err := corpus.New(append(bs, b)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// tiedBeyond says how many hits after the n-th of the plan's query score
// as the n-th: none, a few, or more than n (too many for topHits to cut
// by ID itself).
func tiedBeyond(ix *Index, ctx context.Context, pl plan, n int) string {
	sr, _ := ix.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(pl.query, 3*n, 0, false))
	tied := 0
	for _, h := range sr.Hits[n:] {
		if h.Score == sr.Hits[n-1].Score {
			tied++
		}
	}
	switch {
	case tied == 0:
		return "none"
	case tied <= n:
		return "a few"
	}
	return "more than n"
}

func hitIDs(hits search.DocumentMatchCollection) []string {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	return ids
}
