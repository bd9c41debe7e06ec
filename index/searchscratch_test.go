package index

import (
	"context"
	"reflect"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestScratchAnswersTheSame: searches that carve their candidates' texts
// from a scratch another search used before answer exactly as searches
// that allocate everything afresh (no scratch), questions asked in one
// order and then in reverse, each page of up to ten passages, score bits
// and excerpts included.
func TestScratchAnswersTheSame(t *testing.T) {
	c, err := corpustest.Corpus(2500, 7)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	questions := append(corpustest.Questions(24, 7), "Who leads the group?", "What happened in March?")
	search := func(order []int) map[string]corpus.Results {
		out := map[string]corpus.Results{}
		for _, i := range order {
			res, err := ix.Search(context.Background(), questions[i], 10, 0)
			if err != nil && err != corpus.ErrNoQuery {
				t.Fatal(err)
			}
			out[questions[i]] = res
		}
		return out
	}
	forward, backward := make([]int, len(questions)), make([]int, len(questions))
	for i := range questions {
		forward[i], backward[i] = i, len(questions)-1-i
	}
	kept := ix.scratches
	ix.scratches = nil // every search allocates afresh
	want := search(forward)
	ix.scratches = kept
	for _, order := range [][]int{forward, backward} {
		if got := search(order); !reflect.DeepEqual(got, want) {
			t.Fatalf("with a reused scratch the searches answer differently")
		}
	}
}

// TestArenaTake: slices an arena hands out are zero, capped at their
// length (appending to one leaves the next alone), and reset zeroes what
// was handed out.
func TestArenaTake(t *testing.T) {
	var a arena[int]
	first := a.take(3)
	second := a.take(2)
	if len(first) != 3 || cap(first) != 3 || len(second) != 2 {
		t.Fatalf("took %d (cap %d) and %d", len(first), cap(first), len(second))
	}
	second[0] = 7
	first = append(first, 9)
	if second[0] != 7 {
		t.Errorf("appending to the first slice wrote over the second")
	}
	big := a.take(minChunk * 3) // past the array: a new one
	if len(big) != minChunk*3 || second[0] != 7 {
		t.Errorf("a larger take: len %d, second[0] %d", len(big), second[0])
	}
	big[5] = 4
	a.reset()
	if again := a.take(minChunk * 3); again[5] != 0 {
		t.Errorf("reset left %d", again[5])
	}
}
