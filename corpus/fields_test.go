package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestFirstFields checks appendFirstFields against strings.Fields, whose
// prefix it must append, on ASCII and Unicode spaces, to an empty slice
// and after words already held.
func TestFirstFields(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " is a  rebel\tgroup\nof the north ", "a\u00a0b\u2003c d", "x y z"} {
		for n := 0; n <= 4; n++ {
			want := strings.Fields(s)
			want = want[:min(n, len(want))]
			if got := appendFirstFields(nil, s, n); !slices.Equal(got, want) {
				t.Errorf("appendFirstFields(nil, %q, %d) = %q, want %q", s, n, got, want)
			}
			held := []string{"held"}
			if got := appendFirstFields(held, s, n); !slices.Equal(got, append(held, want...)) {
				t.Errorf("appendFirstFields(%q, %q, %d) = %q, want %q", held, s, n, got, append(held, want...))
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

// TestPrefixThen checks prefixThen against strings.HasPrefix of the
// joined strings, at and around the join.
func TestPrefixThen(t *testing.T) {
	for _, s := range []string{"", "Tekoha", "Tekoha Movement", "Tekoha's leader", "Tekoha’s leader", "Tekohas", "Teko ha"} {
		for _, prefix := range []string{"", "Tekoha", "Teko", "Tekoha Movement"} {
			for _, then := range []string{" ", "'s ", "’s ", ""} {
				if got, want := prefixThen(s, prefix, then), strings.HasPrefix(s, prefix+then); got != want {
					t.Errorf("prefixThen(%q, %q, %q) = %v, want %v", s, prefix, then, got, want)
				}
			}
		}
	}
}
