package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestPlainName shows what plainName keeps of the capitalised words
// before an acting verb: a name of common words, not a number's group of
// persons, an agreement, or a possessive cut from the pronoun governing it.
func TestPlainName(t *testing.T) {
	cases := []struct{ name, words, want string }{
		{"a name of common words", "the trials ended. Open Justice Initiative", "Open Justice Initiative"},
		{"a group of persons named by a number", "and the Harbor Six", ""},
		{"a number past a name of common words", "the Open Justice Four", ""},
		{"an agreement its head names", "after the Open Market Agreement", ""},
		{"a deal its head names", "when the Grand Harbor Deal", ""},
		{"a capitalised pronoun governing the possessive", "14. Her Majesty's Government", "Her Majesty's Government"},
		{"a lower-case pronoun governing it: a fragment", "at once his Majesty's Government", ""},
		{"a possessive no pronoun governs", "reports that Open Justice's Initiative", "Open Justice's Initiative"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainName(strings.Fields(tt.words)); got != tt.want {
				t.Errorf("plainName(%q) = %q, want %q", tt.words, got, tt.want)
			}
		})
	}
}

// TestPlainActorLeavesOut reads whole paragraphs: the plain-actor rule
// lists the government a title's possessive names with its pronoun, not
// the fragment after the pronoun.
func TestPlainActorLeavesOut(t *testing.T) {
	cases := []struct{ name, text, want, not string }{
		{"a title's possessive and its pronoun", "The King left on Sunday. Her Majesty's Government have learned of these events with deep concern.", "Her Majesty's Government", "Majesty's Government"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			fs, _ := extractFactions([]*Briefing{briefing(t, "t", tt.text)})
			got := names(fs)
			if !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
				t.Errorf("got %q; want %q listed and %q not", got, tt.want, tt.not)
			}
		})
	}
}

// TestNamingMarkers shows which verbs after a name's comma namingMarkers
// reads as "called": WordNet's verbs of naming, not a verb of saying, nor
// one a preposition follows.
func TestNamingMarkers(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"dubbed", "the Guard, dubbed the Tigers, fought", "the Guard, called the Tigers, fought"},
		{"adverbs before, as after", "the Guard, later popularly termed as the Tigers", "the Guard, called the Tigers"},
		{"nicknamed", "the Guard, nicknamed Tigers", "the Guard, called Tigers"},
		{"a verb of saying is none", "the Guard, reported the Tigers", "the Guard, reported the Tigers"},
		{"named after a person", "the Accord, named after the resort", "the Accord, named after the resort"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := namingMarkers(tt.text); got != tt.want {
				t.Errorf("namingMarkers(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
