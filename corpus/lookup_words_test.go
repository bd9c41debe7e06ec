package corpus

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestWordListMatchesScan checks a wordList's searches against a walk
// over every string: within against editDistance (a trie walk that
// prunes must drop no string within the limit), exact and withPrefix
// against comparing each. Strings of a four-letter alphabet, with a
// letter outside ASCII, make near neighbours and shared openings common.
func TestWordListMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(38, 59))
	word := func() string {
		var b strings.Builder
		for range 1 + rng.IntN(9) {
			b.WriteRune([]rune("abcé")[rng.IntN(4)])
		}
		return b.String()
	}
	b := wordListBuilder{}
	var all []string
	for i := range 400 {
		w := word()
		b.add(w, i)
		all = append(all, w)
	}
	l := b.list()
	found := 0
	for range 300 {
		q := word()
		for limit := 1; limit <= 2; limit++ {
			got := sortedIDs(l.within(q, limit, nil))
			want := scanIDs(all, func(w string) bool { return editDistance(q, w, limit) <= limit })
			if !slices.Equal(got, want) {
				t.Errorf("within(%q, %d) = %v, a scan says %v", q, limit, got, want)
			}
			found += len(want)
		}
		if got, want := sortedIDs(l.exact(q, nil)), scanIDs(all, func(w string) bool { return w == q }); !slices.Equal(got, want) {
			t.Errorf("exact(%q) = %v, a scan says %v", q, got, want)
		}
		if got, want := sortedIDs(l.withPrefix(q, nil)), scanIDs(all, func(w string) bool { return strings.HasPrefix(w, q) }); !slices.Equal(got, want) {
			t.Errorf("withPrefix(%q) = %v, a scan says %v", q, got, want)
		}
	}
	if found < 1000 {
		t.Errorf("within found only %d strings in all: the test checks little", found)
	}
}

func sortedIDs(ids []int) []int {
	slices.Sort(ids)
	return slices.Compact(ids)
}

// scanIDs returns the indices of the strings of all that keep holds of.
func scanIDs(all []string, keep func(string) bool) []int {
	var out []int
	for i, w := range all {
		if keep(w) {
			out = append(out, i)
		}
	}
	return out
}
