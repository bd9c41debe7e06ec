package corpus

import "testing"

// TestCitedOrg pins what cited-org admits: a singular organisation head,
// and neither a plural head nor an outlet.
func TestCitedOrg(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Coastal Organization for Migration", true},
		{"Veldian Association of Journalists", true},
		{"Office for the Coordination of Relief", true},
		{"United Nations", false},
		{"Veldian News Agency", false},
		{"Veldian Press Service", false},
	}
	for _, tt := range tests {
		if got := citedOrg(tt.name); got != tt.want {
			t.Errorf("citedOrg(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestOwnsLater pins the clause ownsLater reads: "its" after the
// reporting verb within the sentence, not in the next one.
func TestOwnsLater(t *testing.T) {
	tests := []struct {
		rest string
		want bool
	}{
		{" said three of its staff had been killed", true},
		{" estimates that the war displaced two million people. Its office", false},
		{" said", false},
	}
	for _, tt := range tests {
		if got := ownsLater(tt.rest); got != tt.want {
			t.Errorf("ownsLater(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
}
