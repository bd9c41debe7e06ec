package index

import (
	"context"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestTopHitsAsIDSort: topHits keeps and orders the same hits as bleve's
// own sort on score and ID, for page sizes that cut between hits of equal
// score and between hits of different scores.
func TestTopHitsAsIDSort(t *testing.T) {
	c, err := corpustest.Corpus(3000, 5)
	if err != nil {
		t.Fatal(err)
	}
	ix := build(t, c)
	ctx := context.Background()
	cuts := map[bool]int{} // whether the cut fell among equal scores
	for _, q := range append(corpustest.Questions(60, 5), "ceasefire", "the army in the north") {
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
				cuts[tiedCut(ix, ctx, pl, n)]++
			}
		}
	}
	if cuts[true] == 0 || cuts[false] == 0 {
		t.Errorf("cuts among equal scores / not: %d / %d; the test needs both", cuts[true], cuts[false])
	}
}

// tiedCut reports whether the n-th and n+1-th hits of the plan's query
// score alike.
func tiedCut(ix *Index, ctx context.Context, pl plan, n int) bool {
	sr, _ := ix.idx.SearchInContext(ctx, rankRequest(pl.query, n+1))
	return len(sr.Hits) > n && sr.Hits[n-1].Score == sr.Hits[n].Score
}

func hitIDs(hits search.DocumentMatchCollection) []string {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	return ids
}
