package corpus

import "testing"

// bestFor returns the name of the faction rq scores highest in c, the
// shorter name winning a tie as LookupFaction's does, or "".
func bestFor(c *Corpus, rq readQuery) string {
	var best hit
	for _, f := range c.Factions {
		if h := (hit{f, rq.score(f)}); h.score > 0 && (best.f == nil || rq.before(h, best)) {
			best = h
		}
	}
	if best.f == nil {
		return ""
	}
	return best.f.Name
}

// TestLookupLeader: a person's name and a group's noun reach the body
// the text says that person built or leads, not one whose sentence names
// the person as an object, nor one of another kind.
func TestLookupLeader(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Division of the North", Summary: "In Chihuahua, Villa built the Division of the North, the strongest force of the war."},
		{Name: "Armed Forces of the North", Acronym: "FAN", Summary: "Habré, who opposed any deal, moved east, where his Armed Forces of the North (FAN) rebuilt themselves."},
		{Name: "Command Council of the Armed Forces of the North", Summary: "Habré joined the rebels in 1971. The fighters called themselves the Command Council of the Armed Forces of the North."},
		{Name: "National Revolutionary Party", Summary: "Daoud also built his own political vehicle, the National Revolutionary Party."},
		{Name: "Islamic Party", Summary: "Leaders who fled after an uprising against Daoud in 1975 led the first exile parties, among them the Islamic Party."},
		{Name: "Popular Front", Summary: "The Popular Front, led by Safarov, took the capital."},
	}}
	for _, tt := range []struct {
		q, want string
		on      bool
	}{
		{"villa's army", "Division of the North", true},
		{"villa's army", "", false},
		{"habre's forces", "Armed Forces of the North", true},
		{"daoud's party", "National Revolutionary Party", true},
		{"safarov's front", "Popular Front", true},
		{"safarov's party", "", true},
	} {
		rq := c.readQuery(matchKeys(normalize(tt.q)))
		rq.leaders = tt.on
		if got := bestFor(c, rq); got != tt.want {
			t.Errorf("%q with leaders %v: best %q, want %q", tt.q, tt.on, got, tt.want)
		}
	}
}

// TestLookupDerivedNation: a query qualifying a body by its people's
// adjective reaches a body the text names by the nation's name when the
// two share a stem WordNet does not record ("maldivian", "Maldives"),
// and never one of another nation that shares fewer letters.
func TestLookupDerivedNation(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Government of the Maldives", Summary: "Gunmen tried to overthrow the lawful Government of the Maldives."},
		{Name: "Government of Australia", Summary: "The Government of Australia sent aid."},
	}}
	for _, tt := range []struct {
		q, want string
		on      bool
	}{
		{"maldivian government", "Government of the Maldives", true},
		{"maldivian government", "", false},
		{"austrian government", "", true},
	} {
		rq := c.readQuery(matchKeys(normalize(tt.q)))
		rq.derivedNation = tt.on
		if got := bestFor(c, rq); got != tt.want {
			t.Errorf("%q with derived-nation %v: best %q, want %q", tt.q, tt.on, got, tt.want)
		}
	}
}

// TestLookupStated: a description a reader types with another noun than
// the text's ("ruling party" for "the ruling Congress for Democracy")
// reaches the one body the text so describes, or whose name does to a
// place what the modifier says ("The Front ruled Chile"); a court that
// "ruled that" rules nothing, and two bodies so described are none.
func TestLookupStated(t *testing.T) {
	one := &Corpus{Factions: []*Faction{
		{Name: "Congress for Democracy", Epithets: []string{"ruling congress"}, Summary: "The ruling Congress for Democracy holds most seats."},
		{Name: "High Court", Summary: "The High Court ruled that the vote was lawful."},
	}}
	verb := &Corpus{Factions: []*Faction{
		{Name: "Veldian Front", Summary: "The Veldian Front ruled Chile from 1991 as a coalition of four parties."},
		{Name: "High Court", Summary: "The High Court ruled that the vote was lawful."},
	}}
	two := &Corpus{Factions: []*Faction{
		{Name: "Congress for Democracy", Epithets: []string{"ruling congress"}},
		{Name: "Union for Progress", Epithets: []string{"ruling union"}},
	}}
	for _, tt := range []struct {
		c       *Corpus
		q, want string
		on      bool
	}{
		{one, "ruling party", "Congress for Democracy", true},
		{one, "ruling party", "", false},
		{verb, "ruling coalition", "Veldian Front", true},
		{two, "ruling party", "", true},
	} {
		rq := tt.c.readQuery(matchKeys(normalize(tt.q)))
		rq.statedKind = tt.on
		if got := bestFor(tt.c, rq); got != tt.want {
			t.Errorf("%q with stated-kind %v: best %q, want %q", tt.q, tt.on, got, tt.want)
		}
	}
}

// TestLookupEntryColon: a list entry's colon after a name sets off the
// description a reader names the body by ("baloch alliance" for
// "**Baloch Raaji Aajoi Sangar (BRAS)**: alliance formed …").
func TestLookupEntryColon(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Baloch Raaji Aajoi Sangar", Acronym: "BRAS", Summary: "- **Baloch Raaji Aajoi Sangar (BRAS)**: alliance formed to coordinate attacks by several Baloch groups."},
		{Name: "Baloch Liberation Army", Summary: "- **Baloch Liberation Army (BLA)**: the oldest armed group."},
	}}
	for _, tt := range []struct {
		q, want string
		on      bool
	}{
		{"baloch alliance", "Baloch Raaji Aajoi Sangar", true},
		{"baloch alliance", "", false},
	} {
		rq := c.readQuery(matchKeys(normalize(tt.q)))
		rq.entryColon = tt.on
		if got := bestFor(c, rq); got != tt.want {
			t.Errorf("%q with entry-colon %v: best %q, want %q", tt.q, tt.on, got, tt.want)
		}
	}
}

// TestLookupOrdinals: a reader writes an ordinal in digits or in words
// whichever way the text does not ("5th brigade" for the "Fifth
// Brigade"); with the ordinals reading off, neither is found. The
// partial reading, which reaches "second parachute regiment" by its rare
// words, is off: the test measures the ordinals reading alone.
func TestLookupOrdinals(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Fifth Brigade", Summary: "The Fifth Brigade was trained abroad."},
		{Name: "2nd Parachute Regiment", Summary: "The 2nd Parachute Regiment landed at dawn."},
		{Name: "Brigade of Guards", Summary: "The Brigade of Guards held the palace."},
	}}
	for _, tt := range []struct {
		q, want string
		on      bool
	}{
		{"5th brigade", "Fifth Brigade", true},
		{"5th brigade", "", false},
		{"second parachute regiment", "2nd Parachute Regiment", true},
		{"second parachute regiment", "", false},
	} {
		rq := c.readQuery(matchKeys(normalize(tt.q)))
		rq.ordinals, rq.partial = tt.on, false
		if got := bestFor(c, rq); got != tt.want {
			t.Errorf("%q with ordinals %v: best %q, want %q", tt.q, tt.on, got, tt.want)
		}
	}
}

// TestLookupSalience: of two factions a query names equally well, the
// one the briefings name more often is the one a reader means ("kachin
// army" for the Kachin Independence Army the text keeps naming, not the
// Kachin Defence Army it names once); with salience off, the shorter
// name wins as before.
func TestLookupSalience(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Kachin Defence Army", Acronym: "KDA", Mentions: make([]Mention, 1)},
		{Name: "Kachin Independence Army", Acronym: "KIA", Mentions: make([]Mention, 6)},
	}}
	for _, tt := range []struct {
		q, want string
		on      bool
	}{
		{"kachin army", "Kachin Independence Army", true},
		{"kachin army", "Kachin Defence Army", false},
		{"kda", "Kachin Defence Army", true},
	} {
		rq := c.readQuery(matchKeys(normalize(tt.q)))
		rq.salience = tt.on
		if got := bestFor(c, rq); got != tt.want {
			t.Errorf("%q with salience %v: best %q, want %q", tt.q, tt.on, got, tt.want)
		}
		if f, _, err := c.LookupFaction(tt.q); tt.on && (err != nil || f.Name != tt.want) {
			t.Errorf("LookupFaction(%q) = %v, %v; want %q", tt.q, f, err, tt.want)
		}
	}
}

// TestLookupFirstLetters: a query naming two factions by their acronyms
// names the first, the second saying whose it is ("tva vlf fighters": the
// VLF's armed wing); with first-letters off, the more salient parent wins
// the tie.
func TestLookupFirstLetters(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Veldian Liberation Front", Acronym: "VLF", Mentions: make([]Mention, 6)},
		{Name: "Torvo Volunteer Army", Acronym: "TVA", Mentions: make([]Mention, 1)},
	}}
	for _, tt := range []struct {
		q, want string
		on      bool
	}{
		{"tva vlf fighters", "Torvo Volunteer Army", true},
		{"tva vlf fighters", "Veldian Liberation Front", false},
		{"vlf tva", "Veldian Liberation Front", true},
	} {
		rq := c.readQuery(matchKeys(normalize(tt.q)))
		rq.firstLetters = tt.on
		if got := bestFor(c, rq); got != tt.want {
			t.Errorf("%q with first-letters %v: best %q, want %q", tt.q, tt.on, got, tt.want)
		}
	}
}
