package corpus

import "testing"

// TestAppositionHead: the noun heading a description set beside a name,
// read up to a preposition, a relative pronoun or punctuation.
func TestAppositionHead(t *testing.T) {
	tests := []struct {
		words string
		want  string
	}{
		{"highland region of the north", "region"},
		{"market town, which", "town"},
		{"rebel base.", "base"},
		{"Lissouba ally who", ""},
		{"very old and very large town", ""},
		{"group led by Iyad", "group"},
		{"market town founded in", "town"},
	}
	for _, tt := range tests {
		if got := appositionHead(splitFields(tt.words), true); got != tt.want {
			t.Errorf("appositionHead(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

// TestPlaceHeaded: a location or a building, not a front or a state,
// which name groups too.
func TestPlaceHeaded(t *testing.T) {
	for noun, want := range map[string]bool{"region": true, "town": true, "base": true, "front": false, "state": false, "coalition": false} {
		if got := placeHeaded(noun); got != want {
			t.Errorf("placeHeaded(%q) = %v, want %v", noun, got, want)
		}
	}
}

func splitFields(s string) []string { return newPara(s).words() }
