package index

import (
	"strings"
	"testing"
)

// TestAppositiveDefinitions: a name followed or preceded by "a …"
// in apposition is defined there.
func TestAppositiveDefinitions(t *testing.T) {
	tests := []struct {
		sentence, name string
		want           bool
	}{
		{"The National Unity Government (NUG), a shadow administration formed by ousted lawmakers, called a strike.", "National", true},
		{"His rule rested on an elite guard, the Presidential Security Regiment (RSP), and on armed groups.", "Presidential", true},
		{"The National Unity Government, which met in May, called a strike.", "National", false},
		{"Officers of the Presidential Security Regiment, led by a general, tried to seize power.", "Presidential", false},
		{"Talks stalled, the Presidential Security Regiment said.", "Presidential", false},
	}
	for _, tt := range tests {
		at := strings.Index(tt.sentence, tt.name)
		if got := appositiveOf(tt.sentence, []int{at}, 0); got != tt.want {
			t.Errorf("appositiveOf(%q at %q) = %v, want %v", tt.sentence, tt.name, got, tt.want)
		}
	}
}
