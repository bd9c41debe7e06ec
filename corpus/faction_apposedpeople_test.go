package corpus

import (
	"strings"
	"testing"
)

func TestApposedPeople(t *testing.T) {
	for _, tt := range []struct {
		rest string
		want bool
	}{
		{"a Tuareg group of vassal status", true},
		{"a subgroup of the Kongo people", true},
		{"a Tuareg rebel group", false},
		{"the Salafi-jihadist group blamed by Washington", false},
		{"a faction of the Tuareg movement", false},
		{"a Tuareg party founded in 1990", false},
	} {
		if got := apposedPeople(strings.Fields(tt.rest)); got != tt.want {
			t.Errorf("apposedPeople(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
}
