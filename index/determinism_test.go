package index

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestDocumentsInCorpusOrder: the compact index numbers its documents in
// corpus order, in every segment, not in the order of a batch's map as
// scorch's builder does. Scores depend on that numbering in their last
// digits (segments.go), so without it two builds of one corpus could rank
// a near tie differently.
func TestDocumentsInCorpusOrder(t *testing.T) {
	c, err := corpustest.Corpus(2*batchSize+10, 7)
	if err != nil {
		t.Fatal(err)
	}
	ix := build(t, c)
	var want []string
	for _, b := range c.Briefings {
		for _, p := range b.Paragraphs {
			want = append(want, docID(b.Slug, p.Number))
		}
	}
	got := internalOrder(t, ix)
	if len(got) != len(want) {
		t.Fatalf("%d documents, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("document %d is %s, want %s", i, got[i], want[i])
		}
	}
}

// internalOrder lists the index's document IDs by internal number.
func internalOrder(t *testing.T, ix *Index) []string {
	t.Helper()
	r := lowReader(t, ix.idx)
	defer r.Close()
	all, err := r.DocIDReaderAll()
	if err != nil {
		t.Fatal(err)
	}
	defer all.Close()
	var out []string
	for id, err := all.Next(); id != nil && err == nil; id, err = all.Next() {
		ext, err := r.ExternalID(id)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ext)
	}
	return out
}

// TestSameCorpusSameScores builds one corpus several times, with the work
// spread over different numbers of cores and in a temporary folder or
// under --index-dir, and requires every question's hits and answers to be
// the same to the last bit of every score.
func TestSameCorpusSameScores(t *testing.T) {
	c, err := corpustest.Corpus(5000, 42)
	if err != nil {
		t.Fatal(err)
	}
	questions := corpustest.Questions(64, 42)
	builds := []struct {
		procs int
		dir   bool
	}{{1, false}, {4, true}, {2, false}}
	var first string
	for i, b := range builds {
		opts := Options{}
		if b.dir {
			opts.Dir = filepath.Join(t.TempDir(), "idx")
		}
		prev := runtime.GOMAXPROCS(b.procs)
		ix, err := Build(context.Background(), c, opts)
		runtime.GOMAXPROCS(prev)
		if err != nil {
			t.Fatal(err)
		}
		got := answers(t, ix, questions)
		ix.Close()
		if i == 0 {
			first = got
			continue
		}
		if got != first {
			t.Errorf("build %d (%d cores, index dir %v) differs from build 0: %s", i, b.procs, b.dir, firstDiff(first, got))
		}
	}
}

// answers renders, for each question, bleve's top hits and Search's page
// with every score's bits.
func answers(t *testing.T, ix *Index, questions []string) string {
	t.Helper()
	ctx := context.Background()
	var sb strings.Builder
	for _, q := range questions {
		pl := ix.buildQuery(q)
		if pl.query == nil {
			continue
		}
		hits, total, err := ix.topHits(ctx, pl.query, 2*candidates)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&sb, "%s (%d hits)\n", q, total)
		for _, h := range hits {
			fmt.Fprintf(&sb, "  hit %s %x\n", h.ID, math.Float64bits(h.Score))
		}
		res, err := ix.Search(ctx, q, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range res.Passages {
			fmt.Fprintf(&sb, "  answer %s %x\n", p.Citation, math.Float64bits(p.Score))
		}
	}
	return sb.String()
}

// firstDiff shows the first line where a and b differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d: %q, was %q", i+1, bl[i], al[i])
		}
	}
	return fmt.Sprintf("%d lines, was %d", len(bl), len(al))
}

// lowReader opens idx's index-level reader; the caller closes it.
func lowReader(t *testing.T, idx bleve.Index) bindex.IndexReader {
	t.Helper()
	adv, err := idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	return r
}
