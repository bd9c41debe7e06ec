package corpus

import (
	"slices"
	"testing"
)

func TestOccurrences(t *testing.T) {
	cases := []struct {
		name, text, marker string
		want               [][2]int
	}{
		{"none", "the front", " known as ", nil},
		{"two", "a known as b known as c", " known as ", [][2]int{{1, 11}, {12, 22}}},
		{"no overlap", "aaaa", "aa", [][2]int{{0, 2}, {2, 4}}},
		{"at the ends", "ab", "ab", [][2]int{{0, 2}}},
		{"empty marker", "abc", "", nil},
		{"empty text", "", "a", nil},
	}
	for _, c := range cases {
		var got [][2]int
		for at, end := range occurrences(c.text, c.marker) {
			got = append(got, [2]int{at, end})
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: occurrences(%q, %q) = %v, want %v", c.name, c.text, c.marker, got, c.want)
		}
	}
}

// TestOccurrencesStop checks that breaking out of the loop ends the walk.
func TestOccurrencesStop(t *testing.T) {
	n := 0
	for range occurrences("x x x x", "x") {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("walked %d occurrences after break at 2", n)
	}
}
