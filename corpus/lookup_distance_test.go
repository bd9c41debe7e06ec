package corpus

import (
	"math/rand/v2"
	"testing"
)

// TestEditDistanceMatchesFullTable checks the banded editDistance against
// the whole optimal-string-alignment table, for every pair of the names
// and slips of them a look-up compares (the factions of two development
// briefings, each with a letter dropped, doubled, changed or two
// swapped), at the limits a look-up asks: within the limit the distance
// is exact, beyond it limit+1.
func TestEditDistanceMatchesFullTable(t *testing.T) {
	c := loadDev(t, "somalia-101", "colombia-101")
	var words []string
	rng := rand.New(rand.NewPCG(1, 2))
	for _, f := range c.Factions {
		for _, form := range f.forms() {
			k := normalize(form)
			words = append(words, k, slip(k, rng), slip(slip(k, rng), rng))
		}
	}
	words = append(words, "", "séléka", "seleka", "secruity", "security")
	checked := 0
	for i, a := range words {
		for _, b := range words[max(0, i-40):min(len(words), i+40)] {
			for _, limit := range []int{0, 1, 2, 3, 1 << 20} {
				want := min(fullDistance(a, b), limit+1)
				if got := editDistance(a, b, limit); got != want {
					t.Fatalf("editDistance(%q, %q, %d) = %d, the full table says %d", a, b, limit, got, want)
				}
				checked += btoi(want <= limit && limit < 4 && want > 0)
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d pairs within a small limit: the test tries little", checked)
	}
}

// slip returns k with one letter dropped, doubled, changed or swapped
// with the next.
func slip(k string, rng *rand.Rand) string {
	r := []rune(k)
	if len(r) < 2 {
		return k
	}
	i := rng.IntN(len(r) - 1)
	switch rng.IntN(4) {
	case 0:
		r = append(r[:i:i], r[i+1:]...)
	case 1:
		r = append(r[:i+1:i+1], r[i:]...)
	case 2:
		r[i] = 'a' + rune(rng.IntN(26))
	default:
		r[i], r[i+1] = r[i+1], r[i]
	}
	return string(r)
}

// fullDistance is the optimal-string-alignment distance of a and b over
// the whole table, as editDistance was first written.
func fullDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
