package corpus

import (
	"slices"
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

// TestAliasNotPerson: the person a group belongs to, written before
// "known as", is no alias of it; without the rule it is, and a look-up
// by the person's name reaches the militia.
func TestAliasNotPerson(t *testing.T) {
	text := "President Pascal Lissouba tried to disarm the private militia of the former head of state Denis Sassou Nguesso, known as the Cobras, at his compound.\n\nThe Cobras, Sassou Nguesso's militia, held the north of the city. Sassou Nguesso flew to Paris.\n\nThe Cobras are a militia recruited among northern ex-soldiers."
	for _, off := range []bool{false, true} {
		x := extractor{disabled: map[string]bool{ruleAliasPerson: off}}
		fs, _ := x.run([]*Briefing{briefing(t, "t", text)})
		f := byName(fs, "Cobras")
		if f == nil {
			t.Fatalf("off=%v: no Cobras in %q", off, names(fs))
		}
		if got := slices.Contains(f.Aliases, "Denis Sassou Nguesso"); got != off {
			t.Errorf("off=%v: person alias %v, aliases %q", off, got, f.Aliases)
		}
	}
}

// TestLookupOwner: "X's militia" reaches the group its summary calls
// X's militia, though X is no place or people.
func TestLookupOwner(t *testing.T) {
	c := &Corpus{extracted: true, Factions: []*Faction{
		{Name: "Cobras", Summary: "The Cobras, Sassou Nguesso's militia, held the north of the city."},
		{Name: "Ninjas", Summary: "The Ninjas, Kolelas's militia, held the south."},
	}}
	for _, tt := range []struct{ q, want string }{{"sassou's militia", "Cobras"}, {"kolelas militia", "Ninjas"}} {
		if f, _, err := c.LookupFaction(tt.q); err != nil || f.Name != tt.want {
			t.Errorf("LookupFaction(%q) = %v, %v; want %s (factions %q)", tt.q, f, err, tt.want, names(c.Factions))
		}
	}
}

// TestAliasNotPlace: the seat written before "known as" is no alias of
// the body named after it.
func TestAliasNotPlace(t *testing.T) {
	text := "The two fronts had fought side by side against the military government in Addis Ababa, known as the Derg, and brought it down in May 1991."
	for _, off := range []bool{false, true} {
		x := extractor{disabled: map[string]bool{ruleAliasPerson: off}}
		fs, _ := x.run([]*Briefing{briefing(t, "t", text)})
		f := byName(fs, "Derg")
		if f == nil {
			t.Fatalf("off=%v: no Derg in %q", off, names(fs))
		}
		if got := slices.Contains(f.Aliases, "Addis Ababa"); got != off {
			t.Errorf("off=%v: place alias %v, aliases %q", off, got, f.Aliases)
		}
	}
}

func TestCoordinatedKnown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"which took the name Provisional IRA and was soon known simply as the \"Provos\", committed", "which took the name Provisional IRA, known as the \"Provos\", committed"},
		{"The town was known as Leopoldville.", "The town was known as Leopoldville."},   // no coordination
		{"the rebels and were known as bandits", "the rebels and were known as bandits"}, // no name before
	}
	for _, tt := range tests {
		if got := coordinatedKnown(tt.in); got != tt.want {
			t.Errorf("coordinatedKnown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSkipAdverbs: the alias markers after "and" (calledAfter) and after
// "known" (coordinatedKnown) read past any adverb WordNet lists as no
// noun or verb, in -ly or not, and stop at a word that is a noun or verb.
func TestSkipAdverbs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"often called the Squad", "called the Squad"},
		{"seldom called the Squad", "called the Squad"},
		{"also widely known as the Squad", "known as the Squad"},
		{"simply as the Provos", "as the Provos"},
		{"still called the Squad", "still called the Squad"}, // a noun and a verb too
		{"rally called the Squad", "rally called the Squad"}, // -ly, but a noun
	}
	for _, tt := range tests {
		if got := skipAdverbs(tt.in); got != tt.want {
			t.Errorf("skipAdverbs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := skipAdverbsUpTo("also widely known as", 1); got != "widely known as" {
		t.Errorf("skipAdverbsUpTo(1) read past %q", got)
	}
	if got := pastAdverbs(" later also soon began"); got != " soon began" {
		t.Errorf("pastAdverbs read past maxPlainAdverbs: %q", got)
	}
	if marker, rest, ok := calledAfter("seldom called the Squad"); !ok || marker != ", called " || rest != "the Squad" {
		t.Errorf("calledAfter read %q %q %v", marker, rest, ok)
	}
}

// TestMayBeLettersKeepsLetters checks actorLetters' pre-filter passes
// every word actorLetters accepts: words with punctuation around them,
// and capitals outside ASCII that the filter cannot count.
func TestMayBeLettersKeepsLetters(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"FUNCINPEC", true},
		{"(LeT),", true},
		{"\"FFDj\".", true},
		{"“LeT”", true}, // typographic quotes: not ASCII
		{"ÇK", true},    // one capital in ASCII, one outside
		{"UÇK", true},
		{"Hizbul", false},
		{"rebels,", false},
		{"A", false},
	}
	for _, tt := range tests {
		if got := mayBeLetters(tt.word); got != tt.want {
			t.Errorf("mayBeLetters(%q) = %v, want %v", tt.word, got, tt.want)
		}
		if _, ok := actorLetters(tt.word); ok && !mayBeLetters(tt.word) {
			t.Errorf("mayBeLetters(%q) rules out letters actorLetters accepts", tt.word)
		}
	}
}

// TestMayBeLettersOnDev runs the pre-filter over every word of the
// development briefings: none that actorLetters accepts may be ruled
// out.
func TestMayBeLettersOnDev(t *testing.T) {
	c, err := Read("testdata/eval/dev")
	if err != nil {
		t.Fatal(err)
	}
	accepted := 0
	for _, b := range c.Briefings {
		for _, p := range b.Paragraphs {
			for _, w := range strings.Fields(p.Text) {
				if _, ok := actorLetters(w); ok {
					accepted++
					if !mayBeLetters(w) {
						t.Errorf("mayBeLetters(%q) rules out letters actorLetters accepts", w)
					}
				}
			}
		}
	}
	if accepted == 0 {
		t.Fatal("no letters in the development briefings: the test tests nothing")
	}
}

// TestMaxLetterWord pins maxLetterWord's meaning: a lone capitalised
// English word of four letters may be a body's letters and is kept; one
// of five is a heading's word and dropped. Either side fails if the bound
// moves.
func TestMaxLetterWord(t *testing.T) {
	tests := []struct {
		name    string
		english bool // englishCapitals: dropped as a heading's words
	}{
		{"IRA", false}, {"MEND", false}, {"NATO", false},
		{"ANNEX", true}, {"NOTES", true},
	}
	for _, tt := range tests {
		if got := englishCapitals(tt.name); got != tt.english {
			t.Errorf("englishCapitals(%q) = %v, want %v (maxLetterWord %d)", tt.name, got, tt.english, maxLetterWord)
		}
	}
}
