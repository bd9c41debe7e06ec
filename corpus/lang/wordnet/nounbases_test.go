package wordnet

import (
	"slices"
	"testing"
)

// TestNounBases: the noun suffix rules reduce irregular and regular
// plurals to their lemmas, and leave a name WordNet lacks alone.
func TestNounBases(t *testing.T) {
	tests := []struct {
		w    string
		want string // "" when no base is expected
	}{
		{"women", "woman"},
		{"workingmen", "workingman"},
		{"militias", "militia"},
		{"churches", "church"},
		{"gbagbo", ""},
	}
	for _, tt := range tests {
		got := NounBases(tt.w)
		if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("NounBases(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
