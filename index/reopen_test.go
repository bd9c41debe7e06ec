package index

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestReopenedAnswersAsBuilt: an index reopened from --index-dir, with its
// extraction restored (mentions packed, built on demand), answers every
// question exactly as the build that stored it, scores included, and
// lists the same factions with the same mentions.
func TestReopenedAnswersAsBuilt(t *testing.T) {
	src := writeCorpus(t, 3000, 42)
	dir := filepath.Join(t.TempDir(), "idx")
	built, builtCorpus := openDir(t, src, dir)
	reopened, reopenedCorpus := openDir(t, src, dir)
	if built.Reused || !reopened.Reused {
		t.Fatalf("reused: build %v, reopen %v; want false, true", built.Reused, reopened.Reused)
	}
	if builtCorpus.Factions[0].Mentions == nil || reopenedCorpus.Factions[0].Mentions != nil {
		t.Error("the reopened corpus built its mentions on restore, or the fresh one has none: the test checks nothing")
	}
	want := gobBytes(t, listed(builtCorpus.Extraction()))
	lists := make([]corpus.Extraction, 4)
	var wg sync.WaitGroup
	for i := range lists { // a served corpus lists mentions for several requests at once
		wg.Go(func() { lists[i] = listed(reopenedCorpus.Extraction()) })
	}
	wg.Wait()
	for _, x := range lists {
		if !bytes.Equal(want, gobBytes(t, x)) {
			t.Error("reopened extraction differs from the built one")
		}
	}
	questions := corpustest.Questions(40, 7)
	for _, f := range builtCorpus.Factions[:20] {
		questions = append(questions, "Who are the "+f.Name+"?")
	}
	if w, g := answers(t, built, questions), answers(t, reopened, questions); w != g {
		t.Errorf("reopened index ranks otherwise: %s", firstDiff(w, g))
	}
	for _, q := range questions {
		if w, g := answerJSON(t, built, q), answerJSON(t, reopened, q); w != g {
			t.Errorf("%q: reopened index answers\n%s\nwant\n%s", q, g, w)
		}
	}
}

// writeCorpus writes corpustest.Files(paragraphs, seed) to a new folder.
func writeCorpus(tb testing.TB, paragraphs int, seed uint64) string {
	tb.Helper()
	src := tb.TempDir()
	for name, data := range corpustest.Files(paragraphs, seed) {
		if err := os.WriteFile(filepath.Join(src, name), data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return src
}

// readAndBuild reads the corpus in src and builds or reopens its index
// under dir, as a command with --index-dir does; the caller closes it.
func readAndBuild(tb testing.TB, src, dir string) (*Index, *corpus.Corpus) {
	tb.Helper()
	c, err := corpus.Read(src)
	if err != nil {
		tb.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{Dir: dir})
	if err != nil {
		tb.Fatal(err)
	}
	return ix, c
}

// openDir is readAndBuild, closed when the test ends.
func openDir(t *testing.T, src, dir string) (*Index, *corpus.Corpus) {
	t.Helper()
	ix, c := readAndBuild(t, src, dir)
	t.Cleanup(func() { ix.Close() })
	return ix, c
}

// answerJSON is ix's answer to q as JSON, excerpts and notes included.
func answerJSON(t *testing.T, ix *Index, q string) string {
	t.Helper()
	res, err := ix.Search(context.Background(), q, 5, 0)
	if err != nil {
		t.Fatalf("%q: %v", q, err)
	}
	data, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
