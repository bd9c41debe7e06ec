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

// TestAppendFields checks appendFields against strings.Fields on every
// string of up to four pieces: letters, each ASCII space, Unicode spaces
// (U+0085, U+00A0, U+2003), a byte that is no UTF-8 and a non-space
// letter beyond ASCII; to an empty slice and after words already held.
func TestAppendFields(t *testing.T) {
	pieces := []string{"", "ab", "c", " ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2003", "\xff", "é"}
	var room [2]string
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				for _, d := range pieces {
					s := a + b + c + d
					want := strings.Fields(s)
					if got := appendFields(room[:0], s); !slices.Equal(got, want) {
						t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
					}
					held := []string{"held"}
					if got := appendFields(held, s); !slices.Equal(got, append([]string{"held"}, want...)) {
						t.Errorf("appendFields(%q, %q) = %q", held, s, got)
					}
				}
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
