package index

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// topHits returns the top n hits of q, by score and then document ID as
// rankRequest orders them, and the number of hits in all.
//
// Sorting on the ID inside bleve reads the ID of every paragraph that
// matches, one stored-field lookup each: about a fifth of a question's
// time at 100k paragraphs. So topHits asks for hits by score alone, which
// reads the IDs of the hits returned only, and orders them itself. It asks
// for n more than it keeps, so that the paragraphs scoring the same as the
// n-th (a few, at 100k paragraphs) are all at hand to be cut by ID. Only
// when even those n run out on that score does it let bleve sort on the ID.
func (ix *Index) topHits(ctx context.Context, q query.Query, n int) (search.DocumentMatchCollection, uint64, error) {
	size := 2*n + 1
	sr, err := ix.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, size, 0, false))
	if err != nil {
		return nil, 0, fmt.Errorf("index: search: %w", err)
	}
	hits := sr.Hits
	if len(hits) == size && hits[size-1].Score == hits[n-1].Score {
		return ix.topHitsByID(ctx, q, n)
	}
	sortHits(hits)
	return hits[:min(n, len(hits))], sr.Total, nil
}

// topHitsByID is topHits with bleve sorting on the ID: the cut falls
// among hits of equal score.
func (ix *Index) topHitsByID(ctx context.Context, q query.Query, n int) (search.DocumentMatchCollection, uint64, error) {
	sr, err := ix.idx.SearchInContext(ctx, rankRequest(q, n))
	if err != nil {
		return nil, 0, fmt.Errorf("index: search: %w", err)
	}
	return sr.Hits, sr.Total, nil
}

// sortHits orders hits as rankRequest does: score, highest first, then
// document ID.
func sortHits(hits search.DocumentMatchCollection) {
	slices.SortFunc(hits, func(a, b *search.DocumentMatch) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return strings.Compare(a.ID, b.ID)
	})
}
