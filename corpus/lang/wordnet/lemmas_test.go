package wordnet

import "testing"

// TestAbbreviates: a contraction keeps its word's first and last letters
// and some between, in order, and is at least three letters and two
// fewer than the word; a cut word ("gov"), the word itself or its letters
// out of order are none.
func TestAbbreviates(t *testing.T) {
	for _, tt := range []struct {
		short, word string
		want        bool
	}{
		{"govt", "government", true},
		{"dept", "department", true},
		{"ppl", "people", false},      // the silent e is Contracted's reading
		{"gov", "government", false},  // last letters differ
		{"gvt", "gvt", false},         // not shorter
		{"gt", "government", false},   // fewer than three letters
		{"gnvt", "government", false}, // letters out of order
	} {
		if got := Abbreviates(tt.short, tt.word); got != tt.want {
			t.Errorf("Abbreviates(%q, %q) = %v, want %v", tt.short, tt.word, got, tt.want)
		}
	}
}
