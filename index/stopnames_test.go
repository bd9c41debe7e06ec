package index

import (
	"strings"
	"testing"
)

// TestFunctionWordNames: a name the corpus spells like a function word
// ("IN" for the Indian Navy, "IT" for an Information Taskforce) is read
// in a question only when written in capitals; in lower case the word
// is the preposition or pronoun it nearly always is.
func TestFunctionWordNames(t *testing.T) {
	ix := build(t, briefing(t,
		"The Indian Navy (IN) sent two frigates. The IN shadowed the ship for two days.",
		"The Information Taskforce (IT) ran the radio station. The IT broadcast daily.",
		"Troops landed in the capital at dawn, and it was over by noon.",
	))
	for _, tt := range []struct {
		q    string
		want string // the entities read, by their first form, joined
	}{
		{"how many troops landed in the capital", ""},
		{"what did the IN do", "IN"},
		{"who ran the IT", "IT"},
		{"when was it over", ""},
		{"what did the indian navy do", "Indian Navy"},
	} {
		var got []string
		for _, e := range ix.readQuestion(tt.q).entities {
			got = append(got, e[0])
		}
		if g := strings.Join(got, ","); g != tt.want {
			t.Errorf("%q: entities %q, want %q", tt.q, g, tt.want)
		}
	}
}
