package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestCompactIndex: however many batches the paragraphs take, the built
// index is one segment, on disk and without --index-dir; and without it
// the temporary folder is gone once the index is open.
func TestCompactIndex(t *testing.T) {
	c, err := corpustest.Corpus(batchSize+10, 3)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := Build(context.Background(), c, Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	segs, _ := filepath.Glob(filepath.Join(currentVersion(t, dir), "store", "*.zap"))
	if len(segs) != 1 {
		t.Errorf("%d segments on disk, want 1: %v", len(segs), segs)
	}

	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	ix, err = Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("temporary index folder left behind: %v", left)
	}
	res, err := ix.Search(context.Background(), corpustest.Questions(1, 3)[0], 3, 0)
	if err != nil || len(res.Passages) == 0 {
		t.Errorf("the temporary index does not answer: %v, %d passages", err, len(res.Passages))
	}
}

// fuzzyWords returns the words of the question's fuzzy clause, if any.
func fuzzyWords(q query.Query) []string {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		var out []string
		for _, d := range q.Disjuncts {
			out = append(out, fuzzyWords(d)...)
		}
		return out
	case *query.MatchQuery:
		if q.Fuzziness > 0 {
			return strings.Fields(q.Match)
		}
	}
	return nil
}

// TestFuzzyOnlyForUnknownWords: a fuzzy clause is for words the
// briefings never use, and still finds what a misspelling means.
func TestFuzzyOnlyForUnknownWords(t *testing.T) {
	ix := mali(t)
	tests := []struct {
		question string
		fuzzy    []string
	}{
		{"What happened in Timbuktu?", nil},
		{"What happened in Timbuktuu?", []string{"timbuktuu"}},
		{"Which militants captured Konna?", nil},
		{"Which militnats captured Konna?", []string{"militnats"}},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got := fuzzyWords(ix.buildQuery(tt.question).query)
			if strings.Join(got, " ") != strings.Join(tt.fuzzy, " ") {
				t.Errorf("fuzzy clause on %q, want %q", got, tt.fuzzy)
			}
		})
	}
	res, err := ix.Search(context.Background(), "What happened in Timbuktuu?", 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range res.Passages {
		found = found || strings.Contains(p.Text, "Timbuktu")
	}
	if !found {
		t.Errorf("a misspelling no longer finds its word: %+v", res.Passages)
	}
}

// TestOneTermForm: a name's one-term form is searched as a term, which
// needs no positions; a longer form stays a phrase.
func TestOneTermForm(t *testing.T) {
	ix := mali(t)
	if _, ok := ix.formQuery("MNLA", 1).(*query.TermQuery); !ok {
		t.Errorf("one-term form: %T, want a term query", ix.formQuery("MNLA", 1))
	}
	if _, ok := ix.formQuery("Ansar Dine", 0.5).(*query.MatchPhraseQuery); !ok {
		t.Errorf("two-term form: %T, want a phrase", ix.formQuery("Ansar Dine", 0.5))
	}
}
