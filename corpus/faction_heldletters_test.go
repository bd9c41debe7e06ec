package corpus

import (
	"strings"
	"testing"
)

// TestHeldName: the name that holds letters in each of the shapes
// held-letters reads, and none where the letters spell no name there.
func TestHeldName(t *testing.T) {
	tests := []struct{ text, letters, want string }{
		{"Workers at the Minsk Tractor Works (MTZ) struck.", "MTZ", "Minsk Tractor Works"},
		{"They stormed the Tarvan Workers' Centre (Central Obrera Tarvana, COT) at dawn.", "COT", "Tarvan Workers' Centre"},
		{"It sent the 22nd Special Air Service Regiment (22 SAS) in.", "SAS", "Special Air Service Regiment"},
		{"The so-called Generation 40, or G40, lost.", "G40", "Generation 40"},
		{"- MDM: the Democratic Movement of Mozambique, a party founded in 2009.", "MDM", "Democratic Movement of Mozambique"},
		{"* CNO - the Comite National d'Organisation (National Organisation Committee), the armed wing.", "CNO", "Comite National d'Organisation"},
		{"The talks at the Harbour Hotel (UN) ended.", "UN", ""},
		{"- MDM: the party said nothing.", "MDM", ""},
	}
	for _, tt := range tests {
		p := newParaIn(tt.text, &wordArena{})
		if got := heldName([]*para{p}, tt.letters, nil, nil); got != tt.want {
			t.Errorf("%q: %s held by %q, want %q", tt.text, tt.letters, got, tt.want)
		}
	}
}

// TestHeldNameKnown: a name the briefing's candidates give is preferred
// to the capitalised words before the bracket, which may run over a place
// and "and" ("between Slovenia and the Yugoslav People's Army (JNA)").
func TestHeldNameKnown(t *testing.T) {
	text := "a conflict between Slovenia and the Yugoslav People's Army (JNA) followed."
	p := newParaIn(text, &wordArena{})
	got := heldName([]*para{p}, "JNA", []string{"Yugoslav People's Army"}, nil)
	if got != "Yugoslav People's Army" || strings.Contains(got, "Slovenia") {
		t.Errorf("JNA held by %q", got)
	}
}

// TestBracketedLetters: a name read with its bracket of letters is split
// when the letters spell it from its first letter, and kept whole when
// they spell only its end or are no letters.
func TestBracketedLetters(t *testing.T) {
	tests := []struct{ name, long, letters string }{
		{"KazMunayGas (KMG)", "KazMunayGas", "KMG"},
		{"Commission for Conciliation, Mediation and Arbitration (CCMA)", "Commission for Conciliation, Mediation and Arbitration", "CCMA"},
		{"World Heritage Committee of the United Nations Educational, Scientific and Cultural Organization (UNESCO)", "", ""},
		{"ULFA (Independent)", "", ""},
		{"Malian Armed Forces", "", ""},
	}
	for _, tt := range tests {
		long, l, ok := bracketedLetters(tt.name)
		if !ok {
			long, l = "", ""
		}
		if long != tt.long || l != tt.letters {
			t.Errorf("%q: %q, %q; want %q, %q", tt.name, long, l, tt.long, tt.letters)
		}
	}
}

// TestLettersAndNames: letters-only candidates that give no acronym and
// are none's, once each, and the names of two words or more, longest
// first and once each, however the candidates repeat them.
func TestLettersAndNames(t *testing.T) {
	cands := []candidate{
		{name: "Minsk Tractor Works"}, {name: "MTZ"}, {name: "Tarva Front"},
		{name: "MTZ"}, {name: "Minsk Tractor Works"}, {name: "Delta Party"},
		{name: "Tarva Front"}, {name: "COT"}, {name: "Free Army", acronym: "FA"}, {name: "FA"},
	}
	letters, names := lettersAndNames(cands)
	if got, want := strings.Join(letters, ","), "MTZ,COT"; got != want {
		t.Errorf("letters %s, want %s", got, want)
	}
	if got, want := strings.Join(names, ","), "Minsk Tractor Works,Delta Party,Tarva Front"; got != want {
		t.Errorf("names %s, want %s", got, want)
	}
}
