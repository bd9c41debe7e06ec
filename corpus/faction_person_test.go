package corpus

import (
	"strings"
	"testing"
)

// TestCardinal checks the numbers that count the people a name stands
// for, and that digits grouped by commas are read without the copy the
// rule once made (isGroupedDigits against that copy's test).
func TestCardinal(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"45", true},
		{"1", false},
		{"1998", false},
		{"1,200", true},
		{"1,200,", true},
		{",", false},
		{"soldiers,", false},
		{"12a,", false},
		{"three", true},
		{"one", false},
		{"forty-five", true},
		{"forty", true},
		{"forty-a", false},
		{"rebels", false},
	}
	for _, tc := range tests {
		if got := cardinal(tc.w); got != tc.want {
			t.Errorf("cardinal(%q) = %v, want %v", tc.w, got, tc.want)
		}
		if strings.Contains(tc.w, ",") {
			if got, want := isGroupedDigits(tc.w), isDigits(strings.ReplaceAll(tc.w, ",", "")); got != want {
				t.Errorf("isGroupedDigits(%q) = %v, want %v", tc.w, got, want)
			}
		}
	}
}
