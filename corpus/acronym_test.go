package corpus

import (
	"fmt"
	"strings"
	"testing"
)

func TestFindAcronyms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Acronym
	}{
		{"long then short", "They formed the National Movement for the Liberation of Azawad (MNLA) with the aim.",
			[]Acronym{{"MNLA", "National Movement for the Liberation of Azawad"}}},
		{"inner letters and hyphen", "Three groups–al-Qaeda in the Islamic Maghreb (AQIM), Ansar Dine.",
			[]Acronym{{"AQIM", "al-Qaeda in the Islamic Maghreb"}}},
		{"apostrophe", "Ahlu Sunna Waljama'a (ASWJ) is a Sufi militia.",
			[]Acronym{{"ASWJ", "Ahlu Sunna Waljama'a"}}},
		{"foreign order extended", "France backed the International Support Mission to the Central African Republic (MISCA) in 2013.",
			[]Acronym{{"MISCA", "International Support Mission to the Central African Republic"}}},
		{"short then long", "Fighters of the LRA (Lord's Resistance Army) crossed the river.",
			[]Acronym{{"LRA", "Lord's Resistance Army"}}},
		{"parenthetical remark", "Beyond the concerns (the UN refugee agency warns that 700,000 could flee), there is consensus.", nil},
		{"plain parenthesis", "The town of Gao (in the north) fell.", nil},
		{"country in parens", "Troops from Chad (CHD) arrived.", nil},
		{"two", "The United Nations (UN) and the African Union (AU) met.",
			[]Acronym{{"UN", "United Nations"}, {"AU", "African Union"}}},
		{"spaced dash inside a name", "The Islamic State – Khorasan Province (ISKP) attacked Kabul.",
			[]Acronym{{"ISKP", "Islamic State – Khorasan Province"}}},
		{"unspaced dash between capitalised words", "It set up the Eritrea–Ethiopia Boundary Commission (EEBC), to delimit the frontier.",
			[]Acronym{{"EEBC", "Eritrea–Ethiopia Boundary Commission"}}},
		{"name in its own language, or its translation", "He leads the Soqosoqo Duavata ni Lewenivanua, or United Fiji Party (SDL), a party.",
			[]Acronym{{"SDL", "Soqosoqo Duavata ni Lewenivanua"}}},
		{"hyphenated name, one letter a part", "The next wave came from Lashkar-e-Taiba (LeT), the \"Army of the Pure\".",
			[]Acronym{{"LeT", "Lashkar-e-Taiba"}}},
		{"hyphenated word, letters not its parts'", "A Tutsi-led (TPLF) force.", nil},
		{"unclosed", "The Front (FLN", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Acronym
			for _, d := range findAcronyms(tt.text) {
				got = append(got, d.Acronym)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("findAcronyms(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindAcronymsOffsets(t *testing.T) {
	long := strings.Repeat("word ", 200)
	text := long + "the Popular Front for Justice (FPJ) is here."
	ds := findAcronyms(text)
	if len(ds) != 1 {
		t.Fatalf("got %v", ds)
	}
	if got := text[ds[0].start:ds[0].end]; got != "Popular Front for Justice (FPJ)" {
		t.Errorf("span = %q", got)
	}
}

// FuzzExtractFactions runs extraction on arbitrary paragraph text: it must
// not panic, and every span it reports must lie inside the text.
func FuzzExtractFactions(f *testing.F) {
	for _, s := range []string{
		"The Lord's Resistance Army (LRA) is a rebel group.",
		"LRA (Lord's Resistance Army)", "((((", "(A)(B)", "The X, is",
		"the terrorist cells A and B and", "é (É)", "Ansar Dine is another splinter cell of the MNLA.",
		"A000\xef0\xc7 A0A(AA)", // invalid UTF-8 once broke long-form offsets
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, d := range findAcronyms(text) {
			if d.start < 0 || d.start > d.end || d.end > len(text) {
				t.Fatalf("span %d:%d out of %d", d.start, d.end, len(text))
			}
		}
		b := &Briefing{Slug: "f", Title: "F", Paragraphs: []Paragraph{{Number: 1, Text: text}}}
		fs, _ := extractFactions([]*Briefing{b})
		for _, fc := range fs {
			if fc.Aliases == nil || fc.Events == nil {
				t.Fatalf("nil lists in %+v", fc)
			}
		}
	})
}

// TestShortFormHyphenedWords: capitalised words joined by a hyphen are a
// name, not letters; letters joined to letters or to a word still are.
func TestShortFormHyphenedWords(t *testing.T) {
	for s, want := range map[string]bool{
		"Ata-Zhurt": false, "Bissau-Guinean": false,
		"CPN-UML": true, "RED-Tabara": true, "ARBiH": true, "UÇK": true, "Al-SHABAAB": true,
	} {
		if got := isShortForm(s); got != want {
			t.Errorf("isShortForm(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestIsStopCap checks the capitalised words that open sentences or name
// months, days and titles, with their possessive and plural endings, and
// names that merely resemble them.
func TestIsStopCap(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"The", true},
		{"January", true},
		{"Monday's", true},
		{"Mondays", true},
		{"Monday’s", true},
		{"AMBASSADOR", true},
		{"Ambassadors'", true},
		{"Movement", false},
		{"Mali", false},
		{"Thes", true}, // endings are trimmed after a miss, whatever the word: "thes" misses, "the" holds
		{"Ansar", false},
		{"S", false},
		{"'", false},
		{"Presidential", false},
		{"Commanderships", false},
	}
	for _, tc := range tests {
		if got := isStopCap(tc.w); got != tc.want {
			t.Errorf("isStopCap(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestNameWordElided: a capitalised word an elided article opens is a
// word of a name ("Côte d'Ivoire"), so a name walk reads across it and a
// comma's initials ("known by its French initials PDCI") reach the whole
// name; an English contraction or a lower-case word is none.
func TestNameWordElided(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"d'Ivoire", true},
		{"l’Ouest", true},
		{"d'état", false},
		{"don't", false},
		{"Ivoire", true},
	} {
		if got := isNameWord(tt.w, false); got != tt.want {
			t.Errorf("isNameWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	fs, _ := extractFactions([]*Briefing{briefing(t, "t", "The parties were the Veldian Front (VF) and the Democratic Party of Terre d'Orvel, the former single party known by its French initials PDTO-RDA, led by a former president. The PDTO-RDA won.")})
	if f := byName(fs, "Democratic Party of Terre d'Orvel"); f == nil || f.Acronym != "PDTO-RDA" {
		t.Errorf("Democratic Party of Terre d'Orvel not lettered PDTO-RDA: %q", names(fs))
	}
	// A name before "or" and its letters may end with such a word.
	fs, _ = extractFactions([]*Briefing{briefing(t, "t", "That force, called the Coastal Mission in Terre d'Orvel or COMITO, is to number 1,300 troops.\n\nIn March COMITO deployed.")})
	if f := byName(fs, "Coastal Mission in Terre d'Orvel"); f == nil || f.Acronym != "COMITO" {
		t.Errorf("Coastal Mission in Terre d'Orvel not lettered COMITO: %q", names(fs))
	}
}

// TestWithoutKindNoun: a lower-case noun for a kind of group closing a
// capitalised name is set aside; other endings are kept.
func TestWithoutKindNoun(t *testing.T) {
	tests := []struct{ text, want string }{
		{"the Veldian Popular Unity coalition ", "the Veldian Popular Unity"},
		{"the Prolonged War faction", "the Prolonged War"},
		{"the Veldian Popular Unity ", "the Veldian Popular Unity "},
		{"the ruling coalition", "the ruling coalition"}, // no name before the noun
	}
	for _, tt := range tests {
		if got := withoutKindNoun(tt.text); got != tt.want {
			t.Errorf("withoutKindNoun(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
