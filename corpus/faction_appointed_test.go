package corpus

import (
	"strings"
	"testing"
)

// TestAppointedAfter: "named" with a second complement, "as" and a post
// or the post bare, appoints; a name that a clause or nothing follows is
// given.
func TestAppointedAfter(t *testing.T) {
	tests := []struct {
		rest, name string
		want       bool
	}{
		{"Tomas Varga as interim leader days later", "Tomas Varga", true},
		{"Tomas Varga prime minister of a rival government", "Tomas Varga", true},
		{"Tomas Varga as its new chairman.", "Tomas Varga", true},
		{"the Veldian Patriotic Front, which fought on", "Veldian Patriotic Front", false},
		{"the Sons of the Valley in 1990", "Sons of the Valley", false},
		{"Ata-Vatan as a party of its own", "Ata-Vatan", false},
	}
	for _, tt := range tests {
		if got := appointedAfter(tt.rest, tt.name, true); got != tt.want {
			t.Errorf("appointedAfter(%q, %q) = %v, want %v", tt.rest, tt.name, got, tt.want)
		}
	}
}

// TestPersonDescription: a description a person's noun heads describes a
// person; one holding a group's noun, or an owner's possessive before its
// head, does not.
func TestPersonDescription(t *testing.T) {
	tests := []struct {
		rest string
		want bool
	}{
		{"the Islamist lawyer who heads the party.", true},
		{"a lawyer who had been mayor", true},
		{"a former army general", false}, // a group's noun before the head: read as no person, to be safe
		{"a group active in Ainaro district.", false},
		{"the Socialists' Catalan branch and the PP", false},
		{"the armed wing of the party", false},
		{"which fought on", false},
	}
	for _, tt := range tests {
		if got := personDescription(strings.Fields(tt.rest), true); got != tt.want {
			t.Errorf("personDescription(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
}

// TestHeadsPhraseAdjective: a word shaped like an adjective that WordNet
// also lists as a collective noun ("cautious") heads no phrase before a
// capitalised noun: "Fernando Varga, a cautious Radical who" describes a
// person, not a group.
func TestHeadsPhraseAdjective(t *testing.T) {
	tests := []struct {
		words string
		i     int
		want  bool
	}{
		{"a cautious Radical who had been mayor", 1, false},
		{"a military force loyal to him", 1, true},
		{"a group active in Ainaro", 1, true},
	}
	for _, tt := range tests {
		if got := headsPhrase(strings.Fields(tt.words), tt.i); got != tt.want {
			t.Errorf("headsPhrase(%q, %d) = %v, want %v", tt.words, tt.i, got, tt.want)
		}
	}
	fs, _ := extractFactions([]*Briefing{briefing(t, "t", "Fernando Varga, a cautious Radical who had been mayor of the capital, won the election of 1999.\n\nVarga resigned in 2001.")})
	if got := names(fs); len(got) > 0 {
		t.Errorf("listed %q: a person described by an adjective and a capitalised noun", got)
	}
}

// TestChosenVerb: the participles of putting someone in an office come
// from WordNet (wordnet.Office), the former hand list among them, with a
// phrasal verb read with the word after it ("sworn in") and a hyphenated
// prefix joined ("re-elected"); a bare form, a verb of sorting or of
// another act is none.
func TestChosenVerb(t *testing.T) {
	tests := []struct {
		w, next string
		want    bool
	}{
		{"chosen", "as", true}, {"elected", "chairman", true}, {"appointed", "as", true},
		{"named", "as", true}, {"made", "president", true}, {"installed", "as", true},
		{"sworn", "in", true}, {"designated", "as", true}, {"nominated", "as", true},
		{"re-elected", "as", true}, {"selected", "as", true}, {"returned", "as", true},
		{"sworn", "as", false}, {"elect", "as", false}, {"sorted", "as", false}, {"killed", "as", false},
	}
	for _, tt := range tests {
		if got := chosenVerb(tt.w, tt.next); got != tt.want {
			t.Errorf("chosenVerb(%q, %q) = %v, want %v", tt.w, tt.next, got, tt.want)
		}
	}
}
