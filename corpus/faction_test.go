package corpus

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// briefing parses a small Markdown briefing for tests.
func briefing(t *testing.T, slug, body string) *Briefing {
	t.Helper()
	b, err := Parse(slug+".md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func names(fs []*Faction) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Name)
	}
	return out
}

func TestExtractFactions(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		want    map[string]string // name → acronym
		notWant []string
	}{
		{"long then short, descriptive", "# T\n\nThe Popular Front for Justice (FPJ) is an armed group in the north.\n",
			map[string]string{"Popular Front for Justice": "FPJ"}, nil},
		{"short then long", "# T\n\nFighters of the LRA (Lord's Resistance Army) crossed the river.\n",
			map[string]string{"Lord's Resistance Army": "LRA"}, nil},
		{"hyphen and inner letters", "# T\n\nAl-Qaeda in the Arabian Peninsula (AQAP) is a militant group. The group is based in Yemen.\n",
			map[string]string{"Al-Qaeda in the Arabian Peninsula": "AQAP"}, []string{"Yemen", "Arabian Peninsula"}},
		{"apostrophe in name", "# T\n\nAhlu Sunna Waljama'a (ASWJ) is a Sufi militia.\n",
			map[string]string{"Ahlu Sunna Waljama'a": "ASWJ"}, nil},
		{"definer without acronym", "# T\n\nHizbul Islam was a rival Islamist coalition led by Hassan Dahir Aweys.\n",
			map[string]string{"Hizbul Islam": ""}, []string{"Hassan Dahir Aweys"}},
		{"lower-case hyphenated definer", "# T\n\nThe anti-balaka are local self-defense militias that rose in 2013.\n",
			map[string]string{"anti-balaka": ""}, nil},
		{"led-by clause", "# T\n\nThe Ras Kamboni Movement, led by Ahmed Madobe, is a clan militia.\n",
			map[string]string{"Ras Kamboni Movement": ""}, []string{"Ahmed Madobe"}},
		{"apposition", "# T\n\nFighters from the terrorist cell Al-Mulathameen seized a gas field near the town of In Amenas.\n",
			map[string]string{"Al-Mulathameen": ""}, []string{"In Amenas"}},
		{"plural apposition", "# T\n\nShe named the terrorist cells Boko Haram and Ansar al-Shariah.\n",
			map[string]string{"Boko Haram": "", "Ansar al-Shariah": ""}, nil},
		{"parenthetical remark", "# T\n\nBeyond the crisis (the UN refugee agency warns that 700,000 could flee), there is consensus.\n",
			nil, []string{"UN"}},
		{"acronym of a non-group", "# T\n\nThe Comprehensive Peace Agreement (CPA) ended the war in 2005.\n",
			nil, []string{"Comprehensive Peace Agreement"}},
		{"person defined", "# T\n\nNick Baker is a member of the Truman National Security Project.\n",
			nil, []string{"Nick Baker"}},
		{"person as leader", "# T\n\nJoseph Kony is a rebel leader from Gulu.\n",
			nil, []string{"Joseph Kony"}},
		{"country defined", "# T\n\nMali is a landlocked country in West Africa.\n\nKenya is a member of the regional force.\n",
			nil, []string{"Mali", "Kenya"}},
		{"acronym defined later", "# T\n\nThe LRA is a rebel group.\n\nThe Lord's Resistance Army (LRA) moved west.\n",
			map[string]string{"Lord's Resistance Army": "LRA"}, []string{"LRA"}},
		{"town", "# T\n\nKismayo is a port city in the south.\n", nil, []string{"Kismayo"}},
		{"sentence-initial capital", "# T\n\nToday the rebels hold Gao. Earlier Islamist groups held it too.\n", nil, []string{"Today", "Earlier"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, _ := extractFactions([]*Briefing{briefing(t, "t", tt.body)})
			got := map[string]string{}
			for _, f := range fs {
				got[f.Name] = f.Acronym
			}
			for n, acr := range tt.want {
				a, ok := got[n]
				if !ok {
					t.Errorf("missing %q; got %q", n, names(fs))
				} else if a != acr {
					t.Errorf("%q acronym = %q, want %q", n, a, acr)
				}
			}
			for _, n := range tt.notWant {
				for _, f := range fs {
					if strings.EqualFold(f.Name, n) {
						t.Errorf("%q listed as a faction", n)
					}
				}
			}
		})
	}
}

func TestAcronymsListed(t *testing.T) {
	b := briefing(t, "t", "# T\n\nThe United Nations (UN) and the African Union (AU) met the Islamic Courts Union (ICU).\n\nThe UN spoke.\n")
	c, err := New(b)
	if err != nil {
		t.Fatal(err)
	}
	want := []Acronym{{"UN", "United Nations"}, {"AU", "African Union"}, {"ICU", "Islamic Courts Union"}}
	if !slices.Equal(c.Acronyms, want) {
		t.Errorf("Acronyms = %v, want %v", c.Acronyms, want)
	}
}

func TestFactionAcrossBriefings(t *testing.T) {
	a := briefing(t, "a", "# Alpha\n\nThe Lord's Resistance Army (LRA) is a rebel group from Uganda.\n\nThe LRA moved west.\n")
	b := briefing(t, "b", "---\ngroups:\n  - name: Lord's Resistance Army\n    aliases: [Kony's army]\n---\n# Beta\n\nIn 2008 the Lord's Resistance Army (LRA) attacked Duru.\n\nKony's army fled.\n")
	c, err := New(a, b)
	if err != nil {
		t.Fatal(err)
	}
	var lra []*Faction
	for _, f := range c.Factions {
		if f.Acronym == "LRA" {
			lra = append(lra, f)
		}
	}
	if len(lra) != 1 {
		t.Fatalf("LRA factions: %q", names(c.Factions))
	}
	f := lra[0]
	if f.Defined.Citation() != "Alpha ¶1" {
		t.Errorf("defined at %s", f.Defined.Citation())
	}
	var cites []string
	for _, r := range f.Mentions {
		cites = append(cites, r.Citation())
	}
	if want := []string{"Alpha ¶2", "Beta ¶1", "Beta ¶2"}; !slices.Equal(cites, want) {
		t.Errorf("mentions %q, want %q", cites, want)
	}
	if !slices.Contains(f.Aliases, "Kony's army") {
		t.Errorf("aliases %q lack the curated one", f.Aliases)
	}
}

func TestMentionedIn(t *testing.T) {
	ima := &Faction{Name: "Islamic Movement for the Azawad", Acronym: "IMA"}
	shabaab := &Faction{Name: "Al-Shabaab", Aliases: []string{"Harakat al-Shabaab al-Mujahideen"}}
	seleka := &Faction{Name: "Séléka"}
	lra := &Faction{Name: "Lord's Resistance Army", Acronym: "LRA"}
	us := &Faction{Name: "United States Army", Acronym: "US"}
	tests := []struct {
		name string
		f    *Faction
		text string
		want bool
	}{
		{"acronym", ima, "The IMA is willing to talk.", true},
		{"acronym possessive", ima, "The IMA's leader spoke.", true},
		{"acronym inside word", ima, "The Imam spoke.", false},
		{"acronym lower case", ima, "ima said", false},
		{"name any case", ima, "the islamic movement for the azawad split", true},
		{"lower article", shabaab, "cut al-Shabaab off", true},
		{"upper", shabaab, "AL-SHABAAB FIGHTERS", true},
		{"part of a longer word", shabaab, "the Al-Shabaabists", false},
		{"accent-insensitive", seleka, "The Seleka coalition", true},
		{"accented text", seleka, "ex-Séléka fighters", true},
		{"possessive name", lra, "the Lord's Resistance Army attacked", true},
		{"US not us", us, "let us go", false},
		{"US", us, "the US sent troops", true},
		{"nil-safe empty", &Faction{}, "anything", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.MentionedIn(tt.text); got != tt.want {
				t.Errorf("MentionedIn(%q) = %v, want %v", tt.text, got, tt.want)
			}
			// A faction built by extraction (precompiled matcher) agrees.
			g := *tt.f
			g.match = newMatcher(&g)
			if got := g.MentionedIn(tt.text); got != tt.want {
				t.Errorf("precompiled MentionedIn(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func testCorpus() *Corpus {
	mk := func(name, acr string, aliases ...string) *Faction {
		return &Faction{Name: name, Acronym: acr, Aliases: aliases}
	}
	return &Corpus{Factions: []*Faction{
		mk("Al-Shabaab", "", "al-Shabaab"),
		mk("Lord's Resistance Army", "LRA"),
		mk("Islamic Courts Union", "ICU"),
		mk("Islamic Movement for the Azawad", "IMA", "MIA"),
		mk("Ansar Dine", "", "Ansar Eddine"),
		mk("Ansar al-Shariah", ""),
		mk("Séléka", ""),
	}}
}

// TestLookupFactionByWhatTextSays reads queries by the initials of a
// name, by another faction's acronym inside them, and by words covering a
// name's up to a typo.
func TestLookupFactionByWhatTextSays(t *testing.T) {
	mk := func(name, acr string) *Faction { return &Faction{Name: name, Acronym: acr} }
	c := &Corpus{Factions: []*Faction{
		mk("Armed Forces of the Philippines", ""),
		mk("United Nations", "UN"),
		mk("Security Council", ""),
		mk("Special Operations Unit", "JSO"),
		mk("Artsakh Defence Army", ""),
		mk("Communist Party of Nepal (Maoist)", ""),
		mk("Defence of the Homeland", ""),
		mk("Volunteers for the Defence of the Homeland", "VDP"),
		mk("Democratic Party of Albanians", "DPA"),
		mk("Party for Democratic Prosperity", "PDP"),
		mk("Organization for Security and Co-operation in Europe", "OSCE"),
		mk("Minsk Group of the Organization for Security and Co-operation in Europe", ""),
		mk("OSCE Spillover Monitor Mission to Skopje", ""),
		{Name: "National Liberation Army", Acronym: "NLA", Aliases: []string{"UÇK"}},
		mk("Combined Task Force 635", ""),
		mk("Community of Sant'Ilario", ""),
		mk("2nd Battalion of the Parachute Regiment", ""),
		mk("3rd Battalion of the Parachute Regiment", ""),
		mk("Black Sea Cossack Host", ""),
	}}
	tests := []struct{ q, want string }{
		// The rest of a query without an acronym scores below the faction
		// the acronym names, unless the rest is a name of two words or more.
		{"dpa party", "Democratic Party of Albanians"},
		{"osce minsk group", "Minsk Group of the Organization for Security and Co-operation in Europe"},
		// A form holding every word of the query beats an acronym in it.
		{"osce spillover mission", "OSCE Spillover Monitor Mission to Skopje"},
		// A closing word for members is read as such.
		{"uck rebels", "National Liberation Army"},
		// Initials and the number closing a name.
		{"ctf 635", "Combined Task Force 635"},
		{"afp", "Armed Forces of the Philippines"},
		{"un security council", "Security Council"},
		{"jso red berets", "Special Operations Unit"},
		{"artsakh defense army commander", "Artsakh Defence Army"},
		{"nepal maoists", "Communist Party of Nepal (Maoist)"},
		{"volunteers for defense of the homeland", "Volunteers for the Defence of the Homeland"},
		// Members in the plural name their body.
		{"cossacks", "Black Sea Cossack Host"},
		// A name an apostrophe joins, typed as two words.
		{"sant ilario", "Community of Sant'Ilario"},
		// A numbered unit by its number and a word's start.
		{"3 para", "3rd Battalion of the Parachute Regiment"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			f, _, err := c.LookupFaction(tt.q)
			if err != nil || f.Name != tt.want {
				t.Errorf("LookupFaction(%q) = %v, %v; want %q", tt.q, f, err, tt.want)
			}
		})
	}
}

// TestLookupForcesByNation: a reader names a nation's forces by any
// military noun; the force its text calls by that noun wins over another
// force named after the nation, and a body that is no force is not found.
func TestLookupForcesByNation(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Republican Forces of Burundi", Summary: "One group, the Republican Forces of Burundi, was announced by defecting officers."},
		{Name: "Burundian National Defence Force", Summary: "The Burundian National Defence Force (FDN) is the army."},
		{Name: "Armed Forces of Burkina Faso", Summary: "The armed forces fought on."},
		{Name: "National Police of Burundi"},
		{Name: "Revolutionary Armed Forces", Summary: "Cuba dispatched an expeditionary force drawn from its **Revolutionary Armed Forces** (FAR)."},
	}}
	tests := []struct{ q, want string }{
		{"burundi army", "Burundian National Defence Force"},
		{"burkina army", "Armed Forces of Burkina Faso"},
		{"burkinabe military", "Armed Forces of Burkina Faso"},
		{"burundi party", ""},
		{"kenya army", ""},
		// The nation owns the force in the sentence naming it.
		{"cuban forces", "Revolutionary Armed Forces"},
		{"angolan forces", ""},
	}
	checkLookups(t, c, tests)
}

// TestLookupPlaceLetters: a query naming a country by the letters the
// briefing gives it finds the country's body as its name would; letters
// no place is given, or a faction's own, are read as before.
func TestLookupPlaceLetters(t *testing.T) {
	c := &Corpus{
		Factions: []*Faction{
			{Name: "Sierra Leone Defence Force", Summary: "The Sierra Leone Defence Force is the army."},
			{Name: "Special Legal League", Acronym: "SLL"},
		},
		Acronyms: []Acronym{{Short: "SL", Long: "Sierra Leone"}, {Short: "RUF", Long: "Revolutionary United Front"}},
	}
	tests := []struct{ q, want string }{
		{"sl army", "Sierra Leone Defence Force"},
		{"sl defence force", "Sierra Leone Defence Force"},
		{"ruf army", ""}, // a group's letters, not a place's
		{"sll", "Special Legal League"},
	}
	checkLookups(t, c, tests)
}

// checkLookups asks c for each query and checks the faction found by its
// name; want "" means nothing is found.
func checkLookups(t *testing.T, c *Corpus, tests []struct{ q, want string }) {
	t.Helper()
	for _, tt := range tests {
		f, _, err := c.LookupFaction(tt.q)
		got := ""
		if err == nil {
			got = f.Name
		}
		if got != tt.want {
			t.Errorf("LookupFaction(%q) = %q, %v; want %q", tt.q, got, err, tt.want)
		}
	}
}

// TestLookupDescribed: a query naming a nation's body by the noun its
// summary describes it by finds it; the nation must be the summary's or
// the briefing's, and the noun must describe the name, not merely appear.
func TestLookupDescribed(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Assembly", Summary: "The Assembly, the country's single-chamber parliament, must approve the laws.", Defined: Ref{Title: "The 2001 crisis in Macedonia"}},
		{Name: "Democratic Union", Summary: "The Democratic Union won 30 seats in parliament in Macedonia."},
		{Name: "Sobranie", Summary: "The Sobranie is the parliament of Serbia."},
		{Name: "People's Defence Guard", Summary: "Under the council a new army, the People's Defence Guard (PDG), was built up with foreign help.", Defined: Ref{Title: "The 1990 crisis in Tonga"}},
		{Name: "State Guard Committee", Acronym: "SGC", Summary: "Varn ran the State Guard Committee (SGC), the country's main intelligence service, until 2020.", Defined: Ref{Title: "The 2022 unrest in Tonga"}},
		{Name: "Highland Front", Summary: "The Highland Front, a party committed to preserving minority rule, won the election, and Ian Varn became prime minister. Kora left."},
	}}
	checkLookups(t, c, []struct{ q, want string }{
		{"macedonian parliament", "Assembly"},
		{"serbian parliament", "Sobranie"},
		{"albanian parliament", ""},
		{"macedonian army", ""},
		// A person the sentence naming the party names.
		{"varn's party", "Highland Front"},
		// A description set before the name.
		{"tongan army", "People's Defence Guard"},
		// A description with its modifier, after the name's letters.
		{"tongan intelligence service", "State Guard Committee"},
		{"kora's party", ""},
	})
}

// TestLookupMembers: a query naming a body by its members finds it when
// its defining sentence names them beside it, and not otherwise.
func TestLookupMembers(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Episcopal Conference of Nicaragua", Summary: "Nicaragua's Catholic bishops, grouped in the Episcopal Conference of Nicaragua (CEN), agreed today to act as mediators."},
		{Name: "Civic Alliance", Summary: "The Civic Alliance met the bishops on Monday; Catholic priests opened the churches to the wounded across the country weeks ago."},
	}}
	checkLookups(t, c, []struct{ q, want string }{
		{"catholic bishops", "Episcopal Conference of Nicaragua"},
		{"catholic priests", ""},
		{"nicaraguan bishops", ""},
	})
}

// TestLookupNationless: a query qualifying a body by its nation, where
// the text does not, finds it without the nation's word, and contracted
// words match the words they contract; a query with no other word finds
// nothing.
func TestLookupNationless(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Provisional Government", Summary: "Since April Moldova has been run by a Provisional Government."},
		{Name: "Special Purpose Police Detachment", Summary: "Moldovan forces: the police, and its Special Purpose Police Detachment."},
	}}
	tests := []struct{ q, want string }{
		{"moldovan provisional govt", "Provisional Government"},
		{"moldovan police", "Special Purpose Police Detachment"},
		{"provisional govt", "Provisional Government"},
		{"moldovan russian", ""},
		// The text must tie the body to the nation the reader names.
		{"russian police", ""},
	}
	checkLookups(t, c, tests)
}

// TestLookupOtherNation: a body whose own name holds another nation is
// that nation's, however often its summary names the reader's: "thai
// army" is Thailand's, not the Lao People's Army that fought the Thais.
// WordNet's derived forms tie a people to its land
// ("greek", "Greece").
func TestLookupOtherNation(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Lao People's Army", Summary: "The Lao People's Army held the passes against the Thai advance."},
		{Name: "Royal Army", Summary: "The Thai Royal Army crossed the river."},
		{Name: "Communist Party of Greece", Summary: "The Communist Party of Greece led the Greek left."},
	}}
	for _, tt := range []struct {
		q, want string
		own     bool
	}{
		{"thai army", "Royal Army", true},
		{"thai army", "Lao People's Army", false},
		{"greek communist party", "Communist Party of Greece", true},
	} {
		rq := c.readQuery(matchKeys(normalize(tt.q)))
		rq.ownNation = tt.own
		best, top := "", 0
		for _, f := range c.Factions {
			if s := rq.score(f); s > top {
				best, top = f.Name, s
			}
		}
		if best != tt.want {
			t.Errorf("%q with own-nation %v: best %q, want %q", tt.q, tt.own, best, tt.want)
		}
	}
}

// TestLookupWholeForces: a nation's army is its forces as a whole, not a
// branch whose shorter name would otherwise win the tie.
func TestLookupWholeForces(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Veldian Air Force", Summary: "The small Veldian Air Force flew a handful of jets."},
		{Name: "Veldian Defence Forces", Summary: "The Veldian Defence Forces were built around veterans."},
	}}
	for _, whole := range []bool{true, false} {
		rq := c.readQuery(matchKeys(normalize("veldian army")))
		rq.wholeForces = whole
		best, top := "", 0
		for _, f := range c.Factions {
			if s := rq.score(f); s > top || s == top && len(f.Name) < len(best) {
				best, top = f.Name, s
			}
		}
		if got := best == "Veldian Defence Forces"; got != whole {
			t.Errorf("veldian army with whole-forces %v: best %q", whole, best)
		}
	}
}

func TestLookupFaction(t *testing.T) {
	c := testCorpus()
	tests := []struct {
		q, want    string
		wantOthers bool
	}{
		{"shabab", "Al-Shabaab", false},
		{"al shabaab", "Al-Shabaab", false},
		{"AL-SHABAAB", "Al-Shabaab", false},
		{"the al-Shabaab", "Al-Shabaab", false},
		{"Lords Resistance Army", "Lord's Resistance Army", false},
		{"lord's resistance army", "Lord's Resistance Army", false},
		{"lra", "Lord's Resistance Army", false},
		{"Lord", "Lord's Resistance Army", false},
		{"islamic courts", "Islamic Courts Union", false},
		{"islamic", "Islamic Courts Union", true},
		{"seleka", "Séléka", false},
		{"Selekka", "Séléka", false},
		{"ansar", "Ansar Dine", true},
		{"ansar eddin", "Ansar Dine", false},
		{"Islamc Movemnt for the Azawad", "Islamic Movement for the Azawad", false},
		{"mia", "Islamic Movement for the Azawad", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			f, others, err := c.LookupFaction(tt.q)
			if err != nil {
				t.Fatalf("LookupFaction(%q): %v", tt.q, err)
			}
			if f.Name != tt.want {
				t.Errorf("LookupFaction(%q) = %q, want %q", tt.q, f.Name, tt.want)
			}
			if (len(others) > 0) != tt.wantOthers {
				t.Errorf("LookupFaction(%q) others = %q", tt.q, names(others))
			}
		})
	}
}

// TestLookupSlips: a reader's slip in a long name, two letters swapped
// or one mistyped, finds the name, not a shorter one whose words the
// query holds.
func TestLookupSlips(t *testing.T) {
	c, err := New(briefing(t, "t", "# T\n\nThe United Nations (UN) sent envoys. The United Nations Security Council (UNSC) voted on the resolution.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"united nations secruity council", "United Nations Security Council"},
		{"untied nations security council", "United Nations Security Council"},
		{"united nations securty council", "United Nations Security Council"},
		{"united nations", "United Nations"},
		{"the secruity", "United Nations Security Council"},
	} {
		f, _, err := c.LookupFaction(tt.q)
		if err != nil || f.Name != tt.want {
			t.Errorf("LookupFaction(%q) = %v, %v; want %q", tt.q, f, err, tt.want)
		}
	}
}

// TestLookupShortened: readers shorten part of a name to its initials
// ("un transitional authority"), or leave out the initials of its first
// words ("unhcr" for the Office of the UNHCR).
func TestLookupShortened(t *testing.T) {
	c, err := New(briefing(t, "t", "# T\n\nThe United Nations Transitional Authority in Cambodia ran the country. The Office of the United Nations High Commissioner for Refugees, an agency of the United Nations, ran the camps.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{"un transitional authority cambodia", "United Nations Transitional Authority in Cambodia"},
		{"unhcr", "Office of the United Nations High Commissioner for Refugees"},
		{"untac", "United Nations Transitional Authority in Cambodia"},
	} {
		f, _, err := c.LookupFaction(tt.q)
		if err != nil || f.Name != tt.want {
			t.Errorf("LookupFaction(%q) = %v, %v; want %q (factions %q)", tt.q, f, err, tt.want, names(c.Factions))
		}
	}
}

func TestLookupFactionUnknown(t *testing.T) {
	c := testCorpus()
	tests := []struct {
		name, q  string
		suggests string
	}{
		{"far typo", "Lard Resistence Armee", "Lord's Resistance Army"},
		{"nonsense", "zzzzzz", ""},
		{"empty", "", ""},
		{"punctuation only", "?!'", ""},
		{"article alone", "the", ""},
		{"one letter", "a", ""},
		{"preposition", "of", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := c.LookupFaction(tt.q)
			var unknown *UnknownFactionError
			if !errors.Is(err, ErrUnknownFaction) || !errors.As(err, &unknown) {
				t.Fatalf("LookupFaction(%q) err = %v", tt.q, err)
			}
			if tt.suggests != "" && !slices.Contains(unknown.Suggestions, tt.suggests) {
				t.Errorf("suggestions %q lack %q", unknown.Suggestions, tt.suggests)
			}
			// Even a name like nothing known gets the nearest names: they
			// tell the reader what the briefings cover.
			if tt.q == "zzzzzz" && len(unknown.Suggestions) != maxSuggestions {
				t.Errorf("suggestions for nonsense: %q", unknown.Suggestions)
			}
		})
	}
}

func TestSuggestFactions(t *testing.T) {
	c := testCorpus()
	tests := []struct {
		name, prefix string
		limit        int
		want         []string
	}{
		{"empty lists by name", "", 3, []string{"Al-Shabaab", "Ansar al-Shariah", "Ansar Dine"}},
		{"prefix first", "ans", 5, []string{"Ansar al-Shariah", "Ansar Dine"}},
		{"word prefix after prefix", "islamic", 5, []string{"Islamic Courts Union", "Islamic Movement for the Azawad"}},
		{"substring", "courts", 5, []string{"Islamic Courts Union"}},
		{"acronym", "lr", 5, []string{"Lord's Resistance Army"}},
		{"zero limit", "a", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := names(c.SuggestFactions(tt.prefix, tt.limit))
			if !slices.Equal(got, tt.want) {
				t.Errorf("SuggestFactions(%q, %d) = %q, want %q", tt.prefix, tt.limit, got, tt.want)
			}
		})
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"shabab", "shabaab", 2, 1},
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 1, 2},
		{"", "abc", 5, 3},
		{"séléka", "seleka", 5, 2},
		{"secruity", "security", 2, 1}, // two letters swapped: one slip
		{"ab", "ba", 1, 1},
		{"abcd", "badc", 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := editDistance(tt.a, tt.b, tt.limit); got != tt.want {
				t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
			}
		})
	}
}

func FuzzLookupFaction(f *testing.F) {
	for _, s := range []string{"shabab", "the Lord's", "", "'s", "al-", "ÉÉÉ", "a\x00b", "((MNLA))", strings.Repeat("x", 300)} {
		f.Add(s)
	}
	c := testCorpus()
	f.Fuzz(func(t *testing.T, q string) {
		got, others, err := c.LookupFaction(q)
		if err != nil {
			if !errors.Is(err, ErrUnknownFaction) {
				t.Fatalf("LookupFaction(%q): unexpected error %v", q, err)
			}
			return
		}
		if got == nil || slices.Contains(others, got) {
			t.Fatalf("LookupFaction(%q) = %v, %v", q, got, others)
		}
		_ = c.SuggestFactions(q, 5)
		_ = got.MentionedIn(q)
		_ = findAcronyms(q)
		_, _ = definerSubject(q)
		_, _ = extractFactions([]*Briefing{{Slug: "f", Title: "F", Paragraphs: []Paragraph{{Number: 1, Text: q}}}})
	})
}

func TestExtractFactionsMoreShapes(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		want    []string
		notWant []string
	}{
		{"definer in a later sentence", "# T\n\nThe war spread north. The Houthis are a Zaidi Shia movement from Yemen.\n", []string{"Houthis"}, nil},
		{"comma apposition after subject", "# T\n\nBoko Haram, a jihadist group founded in Maiduguri, has killed thousands.\n", []string{"Boko Haram"}, []string{"Maiduguri"}},
		{"code name before description", "# T\n\nIn 2012 the M23 rebel group seized Goma.\n", []string{"M23"}, []string{"Goma"}},
		{"adjective is not a name", "# T\n\nThey fought the Islamist militant groups in the north.\n", nil, []string{"Islamist"}},
		{"profile paragraph", "# T\n\nJama'at Nusrat al-Islam wal-Muslimin (JNIM) is al-Qaeda's branch in the Sahel.\n", []string{"Jama'at Nusrat al-Islam wal-Muslimin"}, nil},
		{"translated acronym", "# T\n\nThey dissolved the Coordination of Azawad Movements (CMA) in 2024.\n", []string{"Coordination of Azawad Movements"}, nil},
		{"news agency", "# T\n\nAccording to Agence France-Presse (AFP), the talks failed.\n", nil, []string{"Agence France-Presse"}},
		{"militia commander", "# T\n\nAhmed Madobe is a militia commander from Kismayo.\n", nil, []string{"Ahmed Madobe"}},
		{"people who were rebels", "# T\n\nKony and Otti were rebels for decades.\n", nil, []string{"Kony and Otti", "Kony"}},
		{"capital city", "# T\n\nOuagadougou is the capital of Burkina Faso. Niamey was a quiet city.\n", nil, []string{"Ouagadougou", "Niamey"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, _ := extractFactions([]*Briefing{briefing(t, "t", tt.body)})
			checkListed(t, names(fs), tt.want, tt.notWant)
		})
	}
}

// TestAcronymHyphenInnerLetters: an acronym whose letters come from inside
// a hyphenated word ("al-Qaeda" gives A and Q) is read as defined, even
// where nothing in the sentence says the long form is a group (so it is
// recorded as an acronym, not listed as a faction).
func TestAcronymHyphenInnerLetters(t *testing.T) {
	b := briefing(t, "t", "# T\n\nAnalysts fear al-Qaeda in the Arabian Peninsula (AQAP) most. The group is based in Yemen.\n")
	c, err := New(b)
	if err != nil {
		t.Fatal(err)
	}
	want := Acronym{"AQAP", "al-Qaeda in the Arabian Peninsula"}
	if !slices.Contains(c.Acronyms, want) {
		t.Errorf("Acronyms = %v, want %v among them", c.Acronyms, want)
	}
	for _, f := range c.Factions {
		if f.Name == "Yemen" || f.Name == "Analysts" {
			t.Errorf("%q listed as a faction", f.Name)
		}
	}
}

// TestLocativesAgree: the switch that finds locatives agrees with the
// list the rules read.
func TestLocativesAgree(t *testing.T) {
	for _, w := range locatives {
		if !isLocative(w) {
			t.Errorf("isLocative(%q) = false", w)
		}
	}
	for _, w := range []string{"inside", "behind"} {
		if !isLocative(w) {
			t.Errorf("isLocative(%q) = false: \"barricaded inside the Polytechnic University\" puts a place after it", w)
		}
	}
	for _, w := range []string{"of", "by", "the", "with"} {
		if isLocative(w) {
			t.Errorf("isLocative(%q) = true", w)
		}
	}
}

// TestDatelineAgency: a dateline is read up to its dash, and the agency
// in its brackets; a weekday opens a chronology entry, not a dateline.
func TestDatelineAgency(t *testing.T) {
	for _, tt := range []struct{ text, dateline, agency string }{
		{"GANJA, Azerbaijan, Oct. 4 (Meridian) — Shelling hit the city.", "GANJA, Azerbaijan, Oct. 4 (Meridian) —", "Meridian"},
		{"  OSH, June 12 (Steppe Line) —   The curfew held.", "  OSH, June 12 (Steppe Line) —", "Steppe Line"},
		{"**OSH, June 12** — The curfew held.", "**OSH, June 12** —", ""},
		{"**PORT-AU-PRINCE, 30 September (AWS) -** Soldiers rose.", "**PORT-AU-PRINCE, 30 September (AWS) -**", "AWS"},
		{"**GOMA, 2 August —** Troops mutinied.", "**GOMA, 2 August —**", ""},
		{"NAIROBI, Jan. 3 — Talks opened.", "NAIROBI, Jan. 3 —", ""},
		{"Tuesday, Feb. 3 — Talks opened.", "", ""},
		{"The Provisional Government (PG) met on Monday.", "", ""},
	} {
		if got := datelineAgency(tt.text); got != tt.agency {
			t.Errorf("datelineAgency(%q) = %q, want %q", tt.text, got, tt.agency)
		}
		if got := Dateline(tt.text); got != tt.dateline {
			t.Errorf("Dateline(%q) = %q, want %q", tt.text, got, tt.dateline)
		}
	}
}

func TestHasNameWith(t *testing.T) {
	f := &Faction{Name: "National Movement for the Liberation of Azawad", Acronym: "MNLA", Aliases: []string{"Azawad movement"}}
	tests := []struct {
		want string
		ok   bool
	}{
		{"Liberation of Azawad", true}, // the name
		{"Azawad movement", true},      // an alias
		{"MNLA", false},                // the acronym is no name a reader's expectation reads
		{"Ansar Dine", false},
	}
	for _, tt := range tests {
		got := f.HasNameWith(func(n string) bool { return strings.Contains(n, tt.want) })
		if got != tt.ok {
			t.Errorf("HasNameWith(contains %q) = %v, want %v", tt.want, got, tt.ok)
		}
	}
}

// TestHyphenatedRank checks that a rank written with a hyphen is read as
// a title, as WordNet's spaced spelling is, and that a body whose first
// part is an organisation stays a body.
func TestHyphenatedRank(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"major-general", true}, {"lieutenant-colonel", true}, {"sub-inspector", true},
		{"directorate-general", false}, {"self-defence", false}, {"general", true},
	} {
		if got := isTitle(tt.w); got != tt.want {
			t.Errorf("isTitle(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	text := "Four days later the British commander, Major-General Piet Young, drew a ceasefire line through Osk on a map with a green pencil.\n\n" +
		"The Directorate-General of Security (DGS) arrested the strikers. Lieutenant-Colonel Amadou Varna Toure seized power in March."
	fs, _ := extractFactions([]*Briefing{briefing(t, "t", text)})
	for _, n := range []string{"Major-General Piet Young", "Lieutenant-Colonel Amadou Varna Toure"} {
		if byName(fs, n) != nil {
			t.Errorf("%q listed", n)
		}
	}
	if byName(fs, "Directorate-General of Security") == nil {
		t.Errorf("Directorate-General of Security lost: %v", fs)
	}
}

// checkListed fails t for each name of want that got lacks and each of
// not that got holds.
func checkListed(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, n := range want {
		if !slices.Contains(got, n) {
			t.Errorf("missing %q; got %q", n, got)
		}
	}
	for _, n := range not {
		if slices.Contains(got, n) {
			t.Errorf("%q listed as a faction: %q", n, got)
		}
	}
}
