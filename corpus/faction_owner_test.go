package corpus

import (
	"slices"
	"testing"
)

// TestOwnerApposition checks what a proper name's possessive opening a
// description makes of the name before it: a group when the description
// is headed by a group noun, nothing when it names a person's office or
// a place, or when a title shows the name is a person's.
func TestOwnerApposition(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		listed     bool
	}{
		{"The Torvas d'Esquadra, Veldia's own police force, had been ordered to close the polling stations.", "Torvas d'Esquadra", true},
		{"The Harvo Kenda, Veldia's largest opposition movement, called a strike on Monday.", "Harvo Kenda", true},
		{"Arap Torvo, Veldia's president, said on Monday that the vote would go ahead.", "Arap Torvo", false},
		{"President Arap Torvo, Veldia's ruling party leader, said the vote would go ahead.", "Arap Torvo", false},
		{"Crowds filled Osk, Veldia's capital city, on Monday.", "Osk", false},
	} {
		fs, _ := extractFactions([]*Briefing{briefing(t, "t", tt.text)})
		if got := slices.Contains(names(fs), tt.name); got != tt.listed {
			t.Errorf("%q: %q listed %v, want %v (got %q)", tt.text, tt.name, got, tt.listed, names(fs))
		}
	}
}
