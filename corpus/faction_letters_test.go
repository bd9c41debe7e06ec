package corpus

import (
	"strings"
	"testing"
)

func TestActorLetters(t *testing.T) {
	tests := []struct {
		word, want string
		ok         bool
	}{
		{"FUNCINPEC", "FUNCINPEC", true},
		{"LeT", "LeT", true},
		{"FFDj,", "FFDj", true},
		{"MPs", "", false},       // a plural of letters names members
		{"XIV", "", false},       // a roman numeral
		{"WAR", "", false},       // a word WordNet knows, shouted
		{"Hizbul", "", false},    // a word, not letters
		{"UN-backed", "", false}, // letters in a word
		{"A", "", false},
	}
	for _, tt := range tests {
		got, ok := actorLetters(tt.word)
		if got != tt.want || ok != tt.ok {
			t.Errorf("actorLetters(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}

func TestActsAfter(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"FUNCINPEC and the KPNLF have begun moving troops", true},
		{"LeT and JeM decide to wreck the dialogue", true},
		{"IRA announced a ceasefire", true},
		{"IRA's armed campaign", false},
		{"UNHCR staff unloaded it", false},
		{"IRA, the State of Cambodia.", false},
	}
	for _, tt := range tests {
		w := strings.Fields(tt.text)
		if got := actsAfter(w[1:], w[0]); got != tt.want {
			t.Errorf("actsAfter(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
