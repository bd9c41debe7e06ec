package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestFirstFields checks firstFields against strings.Fields, whose prefix
// it must return, on ASCII and Unicode spaces.
func TestFirstFields(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " is a  rebel\tgroup\nof the north ", "a\u00a0b\u2003c d", "x y z"} {
		for n := 0; n <= 4; n++ {
			want := strings.Fields(s)
			want = want[:min(n, len(want))]
			if got := firstFields(s, n); !slices.Equal(got, want) {
				t.Errorf("firstFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestIndexApostrophe checks that indexApostrophe finds the first of the
// four marks, whichever comes first.
func TestIndexApostrophe(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"no marks here", -1},
		{"Kenya's army", 5},
		{"d’Ivoire and Kenya's", 1},
		{"Kenya's d’Ivoire", 5},
		{"‘quoted’", 0},
		{"Hawaiʻi Oʼahu", 10},
	} {
		if got := indexApostrophe(tc.text); got != tc.want {
			t.Errorf("indexApostrophe(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}
