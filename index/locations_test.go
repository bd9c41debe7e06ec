package index

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestLocationQuery: for every development question, the cheaper location
// query finds the same terms at the same places in the top candidates as
// the question's own query, scored, did; and it is a rewrite (it reads
// every clause), with phrases both dropped and kept.
func TestLocationQuery(t *testing.T) {
	var rewritten, kept, dropped int
	eachDevCandidates(t, func(ix *Index, q string, pl plan, ids []string) {
		lq := ix.locationQuery(pl.exact)
		want, got := scoredLocations(t, ix, pl.exact, ids), mustLocations(t, ix, lq, ids)
		for _, id := range ids {
			// A paragraph matched on its heading alone has no terms
			// in its text: nil and empty read alike.
			if len(got[id]) != 0 || len(want[id]) != 0 {
				if !reflect.DeepEqual(got[id], want[id]) {
					t.Fatalf("%q, %s: the location query finds %v, the question's query %v", q, id, got[id], want[id])
				}
			}
		}
		if lq != pl.exact {
			rewritten++
			k := countPhrases(lq)
			kept, dropped = kept+k, dropped+countPhrases(pl.exact)-k
		}
	})
	if rewritten == 0 || kept == 0 || dropped == 0 {
		t.Errorf("rewritten %d queries, kept %d phrases, dropped %d: the test needs all three", rewritten, kept, dropped)
	}
}

// scoredLocations is how candidates found term locations before
// locationQuery: the question's query itself, scored.
func scoredLocations(t *testing.T, ix *Index, q query.Query, ids []string) map[string]map[string][]termAt {
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), q), len(ids), 0, false)
	req.IncludeLocations = true
	sr, err := ix.idx.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string][]termAt{}
	for _, hit := range sr.Hits {
		out[hit.ID] = map[string][]termAt{}
		// The index keeps positions alone; each token's start is the
		// analyzer's, on the paragraph's indexed text.
		text, _ := ix.textOf(hit.ID)
		starts := map[int]int{}
		for _, tok := range ix.analyzer.Analyze([]byte(text)) {
			starts[tok.Position] = tok.Start
		}
		for term, locs := range hit.Locations["text"] {
			for _, l := range locs {
				out[hit.ID][term] = append(out[hit.ID][term], termAt{pos: int(l.Pos), start: starts[int(l.Pos)]})
			}
		}
	}
	return out
}

func mustLocations(t *testing.T, ix *Index, q query.Query, ids []string) map[string]map[string][]termAt {
	out, err := ix.termLocations(context.Background(), q, ids)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// countPhrases counts the phrase clauses of q.
func countPhrases(q query.Query) int {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		n := 0
		for _, d := range q.Disjuncts {
			n += countPhrases(d)
		}
		return n
	case *query.MatchPhraseQuery:
		return 1
	}
	return 0
}

// devQuestions are the development corpus's questions.
func devQuestions(t *testing.T) []string {
	files, err := filepath.Glob("../corpus/testdata/eval/dev/*.questions.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatal(fmt.Errorf("no development questions: %v", err))
	}
	var qs []string
	for _, f := range files {
		for _, q := range readJudged(t, f) {
			qs = append(qs, q.Q)
		}
	}
	return qs
}
