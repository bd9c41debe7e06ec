package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestIntroGuards: the shapes the introduction rules of faction_intro.go
// must not read as a name and its gloss, a glossary entry or a short
// form: two bodies joined by "or", a name "or" another with its article,
// places glossed by places, a chronology's dates.
func TestIntroGuards(t *testing.T) {
	tests := []struct {
		name, body string
		faction    string // a faction that must not carry alias (or acronym)
		alias      string
		notListed  string // a name that must not be listed
	}{
		{"two bodies joined by or", "Troops were sent by the Security Council or NATO.\n\nThe Security Council met again in May.",
			"Security Council", "NATO", ""},
		{"a name or another with its article", "Police blamed the Kavula Youth Front, or the Northern Army, for the raid on the depot.",
			"Kavula Youth Front", "Northern Army", ""},
		{"a place glossed by a place", "The fighting spread from the Middle Valley, or Harwick, to the coast.",
			"", "", "Middle Valley"},
		{"letters the paragraph wrote before", "NATO sent ships in May. By June, the Security Council or NATO, officials said, would have to act.\n\nThe Security Council met again in July.",
			"Security Council", "NATO", ""},
		{"a bracket holding a translation and letters", "In March the Veldian Army (Vojska Veldije, VV) crossed the river.",
			"Veldian Army", "Vojska Veldije, VV", ""},
		{"letters defined inside a bracket", "A younger generation formed the West Veldia Committee (Komite Veldia Barat, or KVB), founded in 2008, which organises rallies.",
			"", "", "Komite Veldia Barat"},
		{"entries narrating events", "- **Harwick Accord**: Rebel groups agree to a truce in the north.\n- **Tollan Talks**: Armed factions meet in the capital.",
			"", "", "Harwick Accord"},
		{"an office headed by a leader's noun", "The mercenaries opened fire on the palace, with the obvious aim of assassinating the Head of State and overthrowing the regime.\n\nThe Head of State is safe.",
			"", "", "Head of State"},
		{"glossary entry describing a person", "- **Ando Berit**: a former commander of the rebel army.\n- **Mira Tol**: the movement's spokeswoman.",
			"", "", "Ando Berit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, _ := extractFactions([]*Briefing{briefing(t, "t", "# T\n\n"+tt.body+"\n")})
			if tt.notListed != "" && slices.Contains(names(fs), tt.notListed) {
				t.Errorf("%q listed: %q", tt.notListed, names(fs))
			}
			if f := byName(fs, tt.faction); f != nil && tt.alias != "" && (f.Acronym == tt.alias || slices.Contains(f.Aliases, tt.alias)) {
				t.Errorf("%q given %q: acronym %q, aliases %q", f.Name, tt.alias, f.Acronym, f.Aliases)
			}
		})
	}
}

// TestEntryDescribedHead: entryDescribed returns the head's index in the
// words it was given, whether it wrote the article or not, and
// coordinatedDescription reads the "and" after that head.
func TestEntryDescribedHead(t *testing.T) {
	tests := []struct {
		in          string
		head        int
		coordinated bool
	}{
		{"the Maoist party and its guerrilla army", 2, true},
		{"political party and its armed wing", 1, true},
		{"a party, and its leader", 1, false},
		{"the party and Hamas", 1, false},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.in)
		head, _, ok := entryDescribed(words)
		if !ok || head != tt.head {
			t.Errorf("entryDescribed(%q) = %d, %v; want %d", tt.in, head, ok, tt.head)
		}
		if got := coordinatedDescription(words, head); got != tt.coordinated {
			t.Errorf("coordinatedDescription(%q) = %v", tt.in, got)
		}
	}
}
