package corpus

import (
	"slices"
	"testing"
)

// TestForeignLetteredGloss: a lettered name in another language that
// glosses the English name before it, in brackets or after "in Albanian",
// is the English name's alias, not a faction of its own (rule
// foreign-lettered reads only names set in the sentence by themselves).
func TestForeignLetteredGloss(t *testing.T) {
	tests := []struct{ text, want, not string }{
		{"A younger generation organised anew. The Veldan National Committee (Komite Nasional Veldania, or KNV), founded in 2008, organises street rallies.\n\nThe KNV was banned in 2013.", "Veldan National Committee", "Komite Nasional Veldania"},
		{"The Veldan Liberation Army (VLA), in Albanian Ushtria Veldanese e Rakyat (UVR), was a guerrilla organisation.\n\nThe VLA fought on.", "Veldan Liberation Army", "Albanian Ushtria Veldanese e Rakyat"},
	}
	for _, tt := range tests {
		fs, _ := extractFactions([]*Briefing{briefing(t, "t", tt.text)})
		got := names(fs)
		if !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
			t.Errorf("got %q; want %q and not %q", got, tt.want, tt.not)
		}
	}
}

// TestForeignLettered: the lexical test itself, on names of two
// capitalised words or more.
func TestForeignLettered(t *testing.T) {
	tests := []struct {
		long, before string
		want         bool
	}{
		{"Tentara Rakyat Veldania", "absorbed the republican ", true},
		{"Partido Revolucionario de la Izquierda Nacional", "founded the ", true},
		{"Komite Nasional Veldania", "Committee (", false}, // a gloss in brackets
		{"National Emergency Operation Centre", "through its ", false},
		{"Gross domestic product", "the ", false},
		{"Indonesia", "the ", false},
		{"Agence Veldane-Presse", "According to ", false},       // a source cited
		{"Rassemblement du peuple de Veldanie", "the ", true},   // sentence case: "peuple" is the name's own
		{"Parti de l'unité et du progrès", "The ruling ", true}, // after an elided article
		{"Forces armées nationales de Côte d'Veldie", "soldiers of the ", true},
		{"Union of democratic workers", "the ", false},    // lower-case English words: a phrase
		{"Tentara Rakyat against workers", "the ", false}, // foreign capitals, but the lower-case words all English
	}
	for _, tt := range tests {
		if got := foreignLettered(tt.long, tt.before, true); got != tt.want {
			t.Errorf("foreignLettered(%q, %q) = %v, want %v", tt.long, tt.before, got, tt.want)
		}
	}
}
