package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestKnownAs(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // fmt of the pairs
	}{
		{"formally known as", "The Houthis, formally known as Ansar Allah, are a Zaydi Shia movement.", "[[Houthis Ansar Allah]]"},
		{"whose formal name is", "Boko Haram, whose formal name is Jama'atu Ahlis Sunna (JAS), has waged an insurgency.", "[[Boko Haram Jama'atu Ahlis Sunna]]"},
		{"also known as, mid-sentence", "In 2014 the Islamic State of Iraq and the Levant, also known as Daesh, took Mosul.", "[[Islamic State of Iraq and the Levant Daesh]]"},
		{"capitalised marker", "The Lord's Resistance Army, Formally Known As nothing", "[]"},
		{"nothing named after", "The coalition, known as a loose alliance, split.", "[]"},
		{"nothing named before", "what is, known as Ansar Allah, here", "[]"},
		{"same name twice", "Al-Shabaab, also known as al-Shabaab, fights.", "[]"},
		{"no marker", "Ansar Dine is another splinter cell of the MNLA.", "[]"},
		{"complement with on", "Rights groups, among them the Veldian Commission on Human Rights, known as Komisi HAV, have documented killings.", "[[Veldian Commission on Human Rights Komisi HAV]]"},
		{"formally the", "In May 1955 Veldia joined the Tollan Pact, formally the Tollan Treaty Organization, the alliance of the east.", "[[Tollan Pact Tollan Treaty Organization]]"},
		{"a list's comma ends the name", "Four parties oppose them: the Democrat Party, and Talabong, also known as the Unity Party.", "[[Talabong Unity Party]]"},
		{"complement with to", "The United Nations Mission to Veldia, known as UNMIV, left in May.", "[[United Nations Mission to Veldia UNMIV]]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fmt.Sprint(knownAs(tt.text, readingOf(nil), true, true)); got != tt.want {
				t.Errorf("knownAs(%q) = %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestTrimMembersOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Fighters of the Islamic State", "Islamic State"},
		{"Members of Ansar Dine", "Ansar Dine"},
		{"Army of the Righteous", "Army of the Righteous"},
		{"Fighters", "Fighters"},
		{"Fighters of the", "Fighters of the"},
		{"Sons of the Valley", "Sons of the Valley"},
		{"Members of the Assembly", "Assembly"},
		{"Fighters of Hezbollah", "Hezbollah"},
		{"Sultan of Oman's Air Force", "Sultan of Oman's Air Force"},
		{"Widows of the Plaza Verde", "Widows of the Plaza Verde"},
		{"Daughters of Monrovia", "Daughters of Monrovia"},
		{"Soldiers of the Veldan Regiment", "Veldan Regiment"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := trimMembersOf(tt.in, trimRule{common: true, place: true}); got != tt.want {
				t.Errorf("trimMembersOf(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestAliasesFromText: "known as" names join the faction they name, and
// never make one of their own.
func TestAliasesFromText(t *testing.T) {
	b, err := Parse("yemen.md", []byte("---\ntitle: Y\n---\n"+
		"The Houthis, formally known as Ansar Allah, are a Zaydi Shia movement from the north.\n\n"+
		"The city, known as Sanaa, is old.\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(b)
	if err != nil {
		t.Fatal(err)
	}
	f, _, err := c.LookupFaction("ansar allah")
	if err != nil || f.Name != "Houthis" {
		t.Fatalf("LookupFaction(ansar allah) = %v, %v", f, err)
	}
	if _, _, err := c.LookupFaction("Sanaa"); err == nil {
		t.Error("a place named with 'known as' became a faction")
	}
}

// TestGlossAliasWithoutLanguage: the foreign name an acronym's bracket
// gives, labelled with its language ("French: …"), is an alias without
// the label: a reader looks the name up, not "French: …".
func TestGlossAliasWithoutLanguage(t *testing.T) {
	fs, _ := extractFactions([]*Briefing{briefing(t, "t", "The Movement of Democratic Forces of Veldia (French: Mouvement des forces démocratiques de Veldia, MFDV) is the main separatist movement in the region.\n\nThe MFDV fought the army.")})
	want := "Mouvement des forces démocratiques de Veldia"
	for _, f := range fs {
		if f.Acronym == "MFDV" && slices.Contains(f.Aliases, want) {
			return
		}
	}
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%s (%s) %q", f.Name, f.Acronym, f.Aliases))
	}
	t.Errorf("got %q, want MFDV with the alias %q", got, want)
}

// TestMergeKnownAsFirstName: when both names of a pair name factions, the
// faction of the first (the name the text introduces) takes the second
// and the other is folded in, whatever order the factions came in.
func TestMergeKnownAsFirstName(t *testing.T) {
	short := &building{f: &Faction{Name: "FAP"}}
	long := &building{f: &Faction{Name: "Frente de Accion Popular"}}
	fs := mergeKnownAs([]*building{short, long}, "Frente de Accion Popular", "FAP", keyMemo{})
	if len(fs) != 1 || fs[0] != long || long.f.Acronym != "FAP" && !slices.Contains(long.f.Aliases, "FAP") {
		var got []string
		for _, fb := range fs {
			got = append(got, fmt.Sprintf("%s %q", fb.f.Name, fb.f.Aliases))
		}
		t.Errorf("got %q, want the Frente alone, named FAP too", got)
	}
}

// TestFoldNationalForces: a plain "Senegalese army" joins the one formal
// force of its nation, and stays apart when there are none, or two that
// each name its forces as a whole; beside a branch, the whole forces take
// it.
func TestFoldNationalForces(t *testing.T) {
	tests := []struct {
		body  string
		plain bool // "Senegalese army" stays a faction
	}{
		{"Soldiers of the Senegalese Armed Forces landed.\n\nThe Senegalese army, short of supplies, struck.", false},
		{"Soldiers of the Senegalese Armed Forces and of the Senegalese Territorial Forces landed.\n\nThe Senegalese army, short of supplies, struck.", true},
		{"Soldiers of the Senegalese Armed Forces and of the Senegalese Republican Guard landed.\n\nThe Senegalese army, short of supplies, struck.", false},
		{"Soldiers of the Guinean Armed Forces landed.\n\nThe Senegalese army, short of supplies, struck.", true},
	}
	for _, tt := range tests {
		fs, _ := extractFactions([]*Briefing{briefing(t, "t", "# T\n\n"+tt.body+"\n")})
		if got := slices.Contains(names(fs), "Senegalese army"); got != tt.plain {
			t.Errorf("%q: Senegalese army listed %v, want %v (%q)", tt.body, got, tt.plain, names(fs))
		}
	}
}

// TestNameHead: a name is headed before its first complement, after a
// possessive owning it, and by its last word otherwise.
func TestNameHead(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Armed Forces of Liberia", "Forces"},
		{"Rally of the Republicans", "Rally"},
		{"International Contact Group on Madagascar", "Group"},
		{"Sultan of Oman's Air Force", "Force"},
		{"Lord's Resistance Army", "Army"},
		{"Sultan's Armed Forces", "Forces"},
	} {
		words := strings.Fields(tt.name)
		if got := words[nameHead(words)]; got != tt.want {
			t.Errorf("nameHead(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestShortNamesStayInBriefing: a short name folds into the longer name
// of its own briefing only; another briefing's "Supreme Soviet" is not the
// "Supreme Soviet in Tiraspol".
func TestShortNamesStayInBriefing(t *testing.T) {
	a := briefing(t, "a", "The Supreme Soviet in Tiraspol proclaimed independence.\n\nLater the Supreme Soviet met in Tiraspol.")
	b := briefing(t, "b", "In Dushanbe the Supreme Soviet elected a new chairman.\n\nThe Supreme Soviet voted again.")
	fs, _ := extractFactions([]*Briefing{a, b})
	got := names(fs)
	if !slices.Contains(got, "Supreme Soviet") || !slices.Contains(got, "Supreme Soviet in Tiraspol") {
		t.Errorf("factions %q: want the Supreme Soviet and the Supreme Soviet in Tiraspol apart", got)
	}
}

// TestLastFields: the words lastFields reads back from a text's end are
// strings.Fields' last ones, over any white space.
func TestLastFields(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " one two  three ", "a\u00a0b\tc\nd  ", "the Committee of Coastal Defence", "x y z w v u t s r q p o n m"} {
		for n := 1; n <= 12; n++ {
			all := strings.Fields(s)
			want := all[max(0, len(all)-n):]
			if got := lastFields(s, n); !slices.Equal(got, want) {
				t.Errorf("lastFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestPlacedRest: a name's rest after the place opening it is a short
// form of it, unless the rest names a place or a people of its own.
func TestPlacedRest(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Sierra Leone Defence Force", []string{"Defence Force"}},
		{"Suez Canal Users' Association", []string{"Users' Association"}},
		{"Southern Rhodesia African National Congress", nil}, // another body
		{"Royal Nepal Army", nil},                            // no place opens it
		{"Kenya Police", nil},                                // one word left
		{"Liberation Front of Kenya", nil},                   // the place closes it
	}
	for _, tt := range tests {
		if got := placedRest(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("placedRest(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestMemberKeys: the one-word names a faction's members go by are its
// first word and its hyphenated parts, plural or singular.
func TestMemberKeys(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Zapatista National Liberation Army", []string{"zapatista", "zapatistas"}},
		{"Movimiento de Liberación Nacional-Tupamaros", []string{"movimiento", "movimientos", "nacional", "nacionals", "tupamaros", "tupamaross", "tupamaro"}},
		{"Tupamaros", nil},            // one word: the name itself
		{"The Army of Veldia", nil},   // a connector opens it
		{"UN Mission in Veldia", nil}, // letters name no members
	}
	for _, tt := range tests {
		if got := memberKeys(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("memberKeys(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestASCIILower checks that lowerASCII lowers ASCII capitals alone, in
// place, so that offsets into its result are offsets into its input.
func TestASCIILower(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain words", "plain words"},
		{"The Front", "the front"},
		{"ends in A", "ends in a"},
		{"AQIM", "aqim"},
		{"Çlirimtare É", "Çlirimtare É"}, // beyond ASCII: left as written
		{"al-Shabaab's", "al-shabaab's"},
	}
	for _, tc := range tests {
		got := lowerASCII(tc.in)
		if got != tc.want || len(got) != len(tc.in) {
			t.Errorf("lowerASCII(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
