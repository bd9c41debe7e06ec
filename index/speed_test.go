package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

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
		// A misspelt name is read as the name (namedWords), which
		// needs no fuzzy clause.
		{"What happened in Timbuktuu?", nil},
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

// TestPreAnalysedIndexIsBleves: analysing on every core and handing
// scorch's builder analysed documents makes the index bleve.NewBuilder
// makes from the same paragraphs: the same documents, fields, terms and
// postings (frequency, norm and every position). bleve's own output is not
// the same byte for byte from one build to the next, so postings are what
// is compared, in order of document ID (within a batch bleve numbers
// documents in map order).
func TestPreAnalysedIndexIsBleves(t *testing.T) {
	c, err := corpustest.Corpus(3*chunkSize+10, 5)
	if err != nil {
		t.Fatal(err)
	}
	m, err := newMapping(true)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var st stages
	ours := filepath.Join(dir, "ours")
	if err := writeCompact(context.Background(), c, m, ours, Options{}, &st); err != nil {
		t.Fatal(err)
	}
	theirs := filepath.Join(dir, "theirs")
	b, err := bleve.NewBuilder(theirs, m, map[string]any{"buildPathPrefix": dir, "batchSize": batchSize, "mergeMax": mergeMax})
	if err != nil {
		t.Fatal(err)
	}
	for _, br := range c.Briefings {
		for _, p := range br.Paragraphs {
			text, _, _ := indexedText(br, p.Number, false)
			if err := b.Index(docID(br.Slug, p.Number), paragraphDoc{Text: text, Section: p.Section}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	want, got := postings(t, theirs), postings(t, ours)
	if len(want) < 1000 {
		t.Fatalf("bleve's index has only %d postings", len(want))
	}
	if len(got) != len(want) {
		t.Errorf("%d postings, bleve.NewBuilder's index has %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Fatalf("posting %d: %s\nbleve.NewBuilder's: %s", i, got[i], want[i])
		}
	}
}

// postings lists every posting of the index at path, one string each:
// field, term, document, frequency, norm and positions.
func postings(t *testing.T, path string) []string {
	t.Helper()
	idx, fields := openFields(t, path)
	defer idx.Close()
	slices.Sort(fields)
	r := lowReader(t, idx)
	defer r.Close()
	var out []string
	for _, f := range fields {
		dict, err := r.FieldDict(f)
		if err != nil {
			t.Fatal(err)
		}
		for e, err := dict.Next(); e != nil && err == nil; e, err = dict.Next() {
			out = append(out, termPostings(t, r, f, e.Term)...)
		}
		dict.Close()
	}
	slices.Sort(out)
	return out
}

func termPostings(t *testing.T, r bindex.IndexReader, field, term string) []string {
	t.Helper()
	tfr, err := r.TermFieldReader(context.Background(), []byte(term), field, true, true, true)
	if err != nil {
		t.Fatal(err)
	}
	defer tfr.Close()
	var out []string
	for d, err := tfr.Next(nil); d != nil && err == nil; d, err = tfr.Next(nil) {
		id, err := r.ExternalID(d.ID)
		if err != nil {
			t.Fatal(err)
		}
		s := fmt.Sprintf("%s %q %s freq %d norm %v at", field, term, id, d.Freq, d.Norm)
		// Positions alone: bleve's builder writes byte offsets too,
		// which briefbot's index leaves out (TestMappingIsSlim).
		for _, v := range d.Vectors {
			s += fmt.Sprintf(" %d", v.Pos)
		}
		out = append(out, s)
	}
	return out
}
