package corpus

import "testing"

// TestLookupSpelledLetters: letters a faction's own text gives it reach
// it, above a faction of those letters alone ("kgb" for the State
// Security Committee "that still goes by its Soviet-era name, KGB") and
// where no faction carries them ("zomo"); letters a sentence only lists
// beside a name ("Team, ZANLA, ZIPRA and …"), or gives another body
// by a possessive ("ZANU's armed wing, ZIPRA"), or that open an entry
// with a dash ("NATO — Task Force Fox") do not; letters a faction
// carries as its acronym are left to it. With the reading off, the
// letters find what they spell alone.
func TestLookupSpelledLetters(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "State Security Committee", Summary: "Rights groups blamed the State Security Committee, the security service that still goes by its Soviet-era name, KGB."},
		{Name: "KGB", Summary: "The KGB detained her."},
		{Name: "Motorised Reserves of the Citizens' Militia", Summary: "Its riot units, the Motorised Reserves of the Citizens' Militia known by the acronym ZOMO, were sent in first."},
		{Name: "Rapid Intervention Unit", Summary: "- **The UIR**: the Rapid Intervention Unit, a heavily armed police force."},
		{Name: "Training Team", Summary: "With help from a Training Team, ZANLA, ZIPRA and the former forces were combined."},
		{Name: "ZANLA", Summary: "ZANLA used the lull."},
		{Name: "Union of the People", Summary: "The Union of the People's armed wing, ZIPRA, fought in the west."},
		{Name: "Task Force Fox", Summary: "- **NATO — Task Force Fox.** It protected the monitors."},
		{Name: "Federal Criminal Police Office", Acronym: "BKA", Summary: "The Federal Criminal Police Office (BKA) grew."},
		{Name: "Bundes Office", Summary: "The Bundes Office (Wiesbaden, BKA) grew."},
	}}
	// text-names reads "known by the acronym ZOMO" too: held off, the
	// cases measure this reading alone.
	checkLookupSwitch(t, c, "spelled-letters", func(rq *readQuery, on bool) { rq.spelledLetters, rq.textNames = on, false }, []switchCase{
		{"kgb", "State Security Committee", true},
		{"kgb", "KGB", false},
		{"zomo", "Motorised Reserves of the Citizens' Militia", true},
		{"zomo", "", false},
		{"uir", "Rapid Intervention Unit", true},
		{"zanla", "ZANLA", true},
		{"zipra", "", true},
		{"nato", "", true},
		{"bka", "Federal Criminal Police Office", true},
	})
}

// TestLookupEitherName: a query offering two names of one body ("X or
// Y") finds the body either names, the first named ranking first when
// each names another ("requetes or carlists"); a weak reading of one
// name alone ("uar" inside "National Guard") reaches nothing. Off, the
// joined words find nothing.
func TestLookupEitherName(t *testing.T) {
	c := &Corpus{Factions: []*Faction{
		{Name: "Tatmadaw", Summary: "The Tatmadaw seized power."},
		{Name: "Requetés", Summary: "The Requetés were Carlist militia."},
		{Name: "Carlists", Summary: "The Carlists backed the rising.", Mentions: make([]Mention, 3)},
		{Name: "National Guard", Summary: "The National Guard held the capital."},
	}}
	checkLookupSwitch(t, c, "either-name", func(rq *readQuery, on bool) { rq.eitherName = on }, []switchCase{
		{"tatmadaw or myanmar army", "Tatmadaw", true},
		{"tatmadaw or myanmar army", "", false},
		{"requetes or carlists", "Requetés", true},
		{"carlists or requetes", "Carlists", true},
		{"uar or egyptian expeditionary force", "", true},
	})
}

// switchCase is a query, the faction it should find ("" for none) and
// whether the look-up reading under test is on.
type switchCase struct {
	q, want string
	on      bool
}

// checkLookupSwitch looks each case's query up in c with the reading
// name turned on or off by set, and reports a best faction other than
// the case's.
func checkLookupSwitch(t *testing.T, c *Corpus, name string, set func(rq *readQuery, on bool), cases []switchCase) {
	t.Helper()
	for _, tt := range cases {
		rq := c.readQuery(matchKeys(normalize(tt.q)))
		set(&rq, tt.on)
		if got := bestFor(c, rq); got != tt.want {
			t.Errorf("%q with %s %v: best %q, want %q", tt.q, name, tt.on, got, tt.want)
		}
	}
}
