package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadlineText checks that the stops of dotted initials, and only
// theirs, are taken out when initials is set, commas after them kept,
// and that a text without initials comes back as it is.
func TestHeadlineText(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		initials   bool
	}{
		{"MASS ARRESTS SWEEP ARMY; U.S. AIR BASE CUT OFF", "MASS ARRESTS SWEEP ARMY; US AIR BASE CUT OFF", true},
		{"U.S., U.K. AND FRANCE SEND TROOPS", "US, UK AND FRANCE SEND TROOPS", true},
		{"TROOPS ENTER THE U.N.", "TROOPS ENTER THE UN", true},
		{"MASS ARRESTS SWEEP ARMY; U.S. AIR BASE CUT OFF", "MASS ARRESTS SWEEP ARMY; U.S. AIR BASE CUT OFF", false},
		{"The army left. Troops followed.", "The army left. Troops followed.", true},
		{"Dr. Smith met U.S.A. envoys", "Dr. Smith met USA envoys", true},
	} {
		if got := headlineText(tc.text, tc.initials); got != tc.want {
			t.Errorf("headlineText(%q, %v) = %q, want %q", tc.text, tc.initials, got, tc.want)
		}
	}
}

// TestFieldSpans checks that fieldSpans yields the words strings.Fields
// returns, at any white space, at either end and in none.
func TestFieldSpans(t *testing.T) {
	for _, text := range []string{"", "   ", "one", " two  words ", "tab\tand\nline", "no\u00a0break", "ends\u2003"} {
		var got []string
		for start, end := range fieldSpans(text) {
			got = append(got, text[start:end])
		}
		if want := strings.Fields(text); !slices.Equal(got, want) {
			t.Errorf("fieldSpans(%q) = %q, want %q", text, got, want)
		}
	}
}
