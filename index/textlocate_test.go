package index

import (
	"context"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/briefbot/briefbot/corpus"
)

// TestTextLocationsAreBleves: for every development question, over the
// whole development corpus, the term locations found in the top
// candidates' text are those bleve's location search finds in the index,
// place for place; and phrases matter to the comparison (some places are
// found by a phrase only).
func TestTextLocationsAreBleves(t *testing.T) {
	compared, byPhrase := 0, 0
	eachDevCandidates(t, func(ix *Index, q string, pl plan, ids []string) {
		cs, want := textCandidates(t, ix, pl, ids), mustLocations(t, ix, ix.locationQuery(pl.exact), ids)
		for _, c := range cs {
			if len(c.terms) != 0 || len(want[c.id]) != 0 {
				if !reflect.DeepEqual(c.terms, want[c.id]) {
					t.Fatalf("%q, %s: the text gives %v, bleve %v", q, c.id, c.terms, want[c.id])
				}
			}
			compared++
			byPhrase += phraseOnly(ix, pl, c)
		}
	})
	if compared < 10_000 || byPhrase == 0 {
		t.Errorf("compared %d candidates, %d places found by a phrase only: too few to tell", compared, byPhrase)
	}
}

// eachDevCandidates builds the dev corpus's index and calls fn with each
// dev question, its plan and the ids of its candidates as Search takes
// them: the set-up the tests that check term locations share.
//
// Under -race they skip: single-threaded, they give the detector nothing
// to find and take minutes under it; .ci/run runs them without it.
func eachDevCandidates(t *testing.T, fn func(ix *Index, q string, pl plan, ids []string)) {
	t.Helper()
	if raceDetector {
		t.Skip("asks every development question over the whole development corpus; .ci/run runs it without -race")
	}
	dev, err := corpus.Load("../corpus/testdata/eval/dev")
	if err != nil {
		t.Fatal(err)
	}
	ix := build(t, dev)
	ctx := context.Background()
	for _, q := range devQuestions(t) {
		pl := ix.buildQuery(q)
		if pl.query == nil {
			continue
		}
		hits, _, err := ix.topHits(ctx, pl.query, candidates)
		if err != nil {
			t.Fatal(err)
		}
		fn(ix, q, pl, hitIDs(hits))
	}
}

// textCandidates are the candidates of ids, their terms found in their
// text.
func textCandidates(t *testing.T, ix *Index, pl plan, ids []string) []candidate {
	t.Helper()
	cs := make([]candidate, len(ids))
	for i, id := range ids {
		slug, n, _ := parseDocID(id)
		text, body, err := indexedText(ix.corpus.Briefing(slug), n, ix.noTurns)
		if err != nil {
			t.Fatal(err)
		}
		cs[i] = candidate{id: id, text: text, body: body}
	}
	if !ix.locateInText(pl, cs) {
		t.Fatalf("the location query of %v cannot be read for the text", pl.exact)
	}
	return cs
}

// phraseOnly counts c's places of terms that only a phrase looks for.
func phraseOnly(ix *Index, pl plan, c candidate) int {
	tl, _ := ix.textLocatorOf(pl.exact)
	n := 0
	for term, at := range c.terms {
		if !tl.everywhere[term] {
			n += len(at)
		}
	}
	return n
}

// TestTextPhrases: a phrase is found in text as bleve's phrase searcher
// finds it: its words at consecutive positions, where a stop word of the
// phrase holds a place that any word fills; only the phrase's places are
// located, beside every place of a term looked for wherever it stands.
func TestTextPhrases(t *testing.T) {
	paragraphs := []string{
		"AMISOM troops entered Mogadishu in March.",
		"Troops of AMISOM in Mogadishu held the port; AMISOM left.",
		"AMISOM at Mogadishu, and later AMISOM near Mogadishu.",
		"In Mogadishu AMISOM troops held a port and the port held.",
	}
	ix := build(t, paragraphsCorpus(t, paragraphs))
	tests := []struct {
		name    string
		clauses []query.Query
		want    int // places located, over all paragraphs
	}{
		{"stop word holds a place", []query.Query{textPhrase("AMISOM in Mogadishu")}, 6},
		{"consecutive words", []query.Query{textPhrase("troops held")}, 2},
		{"no phrase, no place", []query.Query{textPhrase("Mogadishu AMISOM port")}, 0},
		{"phrase beside a term", []query.Query{textPhrase("held the port"), termsQuery([]string{"amisom"})}, 10},
		{"covered phrase", []query.Query{textPhrase("AMISOM troops"), termsQuery([]string{"amisom", "troop"})}, 9},
	}
	var ids []string
	for n := range paragraphs {
		ids = append(ids, docID("paragraphs", n+1))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pl := plan{exact: bleve.NewDisjunctionQuery(tt.clauses...)}
			want := mustLocations(t, ix, pl.exact, ids)
			got := 0
			for _, c := range textCandidates(t, ix, pl, ids) {
				if len(c.terms) != 0 || len(want[c.id]) != 0 {
					if !reflect.DeepEqual(c.terms, want[c.id]) {
						t.Errorf("%s: the text gives %v, bleve %v", c.id, c.terms, want[c.id])
					}
				}
				for _, at := range c.terms {
					got += len(at)
				}
			}
			if got != tt.want {
				t.Errorf("%d places located, want %d", got, tt.want)
			}
		})
	}
}

// paragraphsCorpus is one briefing, slug "paragraphs", of the given
// paragraphs.
func paragraphsCorpus(t *testing.T, paragraphs []string) *corpus.Corpus {
	t.Helper()
	md := "---\ntitle: Paragraphs\ndate: 2001-12-31\n---\n\n" + strings.Join(paragraphs, "\n\n") + "\n"
	b, err := corpus.Parse("paragraphs.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	return mustCorpus(t, b)
}

// TestLentAnalyserBounded: an analyser lent for re-ranking comes back to
// the pool with its memory of token texts and of terms' ids emptied once
// it has seen more than maxCachedTerms texts, so that neither grows to a
// corpus's vocabulary in a long-running server; and it analyses as before.
func TestLentAnalyserBounded(t *testing.T) {
	m, err := newMapping(true)
	if err != nil {
		t.Fatal(err)
	}
	as := newAnalysers(m.AnalyzerNamed(analyzerName))
	ta := as.get()
	if ta == nil {
		t.Fatal("no term analyzer for the index mapping")
	}
	var words []string
	for i := range maxCachedTerms + 1 {
		words = append(words, "w"+strconv.Itoa(i)+"x")
	}
	_, want := ta.analyze([]byte("rebels ran"))
	want = slices.Clone(want)
	ta.analyze([]byte(strings.Join(words, " ")))
	as.put(ta)
	if len(ta.terms) != 0 || len(ta.termIDs) != 0 {
		t.Errorf("after put: %d token texts and %d term ids kept, want none", len(ta.terms), len(ta.termIDs))
	}
	if _, got := ta.analyze([]byte("rebels ran")); !slices.Equal(got, want) {
		t.Errorf("after emptying, analysed %q, want %q", got, want)
	}
}

// TestLentAnalyserSurvivesCollections: an analyser given back is lent
// again with its cache after garbage collections (a sync.Pool dropped it
// at every other one, and its successor filtered every word again), and
// no more than maxIdleAnalysers wait idle.
func TestLentAnalyserSurvivesCollections(t *testing.T) {
	m, err := newMapping(true)
	if err != nil {
		t.Fatal(err)
	}
	as := newAnalysers(m.AnalyzerNamed(analyzerName))
	lent := make([]*termAnalyzer, maxIdleAnalysers+2)
	for i := range lent {
		if lent[i] = as.get(); lent[i] == nil {
			t.Fatal("no term analyzer for the index mapping")
		}
		lent[i].analyze([]byte("rebels ran"))
	}
	for _, ta := range lent {
		as.put(ta)
	}
	runtime.GC()
	runtime.GC()
	runtime.GC()
	for i := range maxIdleAnalysers {
		if ta := as.get(); !slices.Contains(lent, ta) || len(ta.terms) == 0 {
			t.Fatalf("analyser %d after collections: not one lent before, or its cache lost", i)
		}
	}
	if ta := as.get(); slices.Contains(lent, ta) {
		t.Errorf("more than %d analysers kept idle", maxIdleAnalysers)
	}
}

// TestRestAnswersTheSame: Rest lets the idle analysers go, and the
// searches after it rank as before, every score's bits included.
func TestRestAnswersTheSame(t *testing.T) {
	ix := mali(t)
	questions := []string{"Who leads Ansar Dine?", "What happened at In Amenas?", "When did France intervene?"}
	search := func() []corpus.Results {
		var out []corpus.Results
		for _, q := range questions {
			res, err := ix.Search(context.Background(), q, 5, 0)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, res)
		}
		return out
	}
	before := search()
	if len(ix.analysers.free) == 0 {
		t.Fatal("no analyser waits idle after searches")
	}
	if err := ix.Rest(); err != nil {
		t.Fatal(err)
	}
	if n := len(ix.analysers.free); n != 0 {
		t.Errorf("%d analysers idle after Rest", n)
	}
	if after := search(); !reflect.DeepEqual(before, after) {
		t.Errorf("after Rest the searches answer differently:\n%+v\nagainst\n%+v", after, before)
	}
}

// TestRestBesideSearches: Rest may run while searches borrow and return
// analysers (run with -race).
func TestRestBesideSearches(t *testing.T) {
	ix := mali(t)
	done := make(chan error)
	for range 2 {
		go func() {
			for range 5 {
				if _, err := ix.Search(context.Background(), "Who leads Ansar Dine?", 3, 0); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 20 {
		if err := ix.Rest(); err != nil {
			t.Error(err)
		}
	}
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}
