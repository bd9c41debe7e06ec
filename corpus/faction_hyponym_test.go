package corpus

import "testing"

// TestIsPurposePlural checks the WordNet test that lets a plural modifier
// make "groups" an organisation's head: a cause does, a people or a kind
// of person never does.
func TestIsPurposePlural(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"rights", true},
		{"workers", false},    // people: "workers groups"
		{"minorities", false}, // a group of people
		{"students", false},
		{"ethnic", false},  // no plural
		{"Rights", false},  // a name's word
		{"rights,", false}, // the noun phrase ended
	} {
		if got := isPurposePlural(tt.w); got != tt.want {
			t.Errorf("isPurposePlural(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
