package evaluate

import (
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

func TestScoreFactions(t *testing.T) {
	nlf := &corpus.Faction{Name: "Northern Liberation Front", Acronym: "NLF", Summary: "The Northern Liberation Front (NLF) is a rebel alliance formed in 2001."}
	army := &corpus.Faction{Name: "National Army", Acronym: "NA", Summary: "Soldiers of the National Army patrolled."}
	ucp := &corpus.Faction{Name: "Union des Comités Populaires", Acronym: "UCP", Aliases: []string{"Union of Popular Committees"}, Summary: "A party."}
	mayor := &corpus.Faction{Name: "Mayor Jean Okello", Summary: "Mayor Jean Okello said."}
	press := &corpus.Faction{Name: "Coastal Wire Service", Summary: "The Coastal Wire Service reported."}
	town := &corpus.Faction{Name: "the Gao", Summary: "Gao is a town."}
	c := &corpus.Corpus{Factions: []*corpus.Faction{nlf, army, ucp, mayor, press, town}}
	x := Expected{
		Groups: []Group{
			{Query: "nlf", NameHas: "Liberation Front", Acronym: "NLF", SummaryHas: "rebel alliance formed"},
			{Query: "national army", NameHas: "National Army", Acronym: "NAF", SummaryHas: "patrolled"},  // acronym wrong
			{Query: "ucp", NameHas: "Union des Comites", SummaryHas: "was dissolved"},                    // accents ignored; not described
			{Query: "army", NameHas: "Defence Forces", SummaryHas: "x"},                                  // wrong faction
			{Query: "popular committees", NameHas: "Union of Popular Committees", SummaryHas: "A party"}, // named by its alias
			{Query: "zzzz", NameHas: "Shura Council", SummaryHas: "x"},                                   // not found
		},
		AlsoOK:    []string{"coastal wire"},
		NotGroups: []string{"GAO", "Jean Okello"},
	}
	s := scoreFactions(c, "b", x, c.Factions)
	got := [8]int{s.Expected, s.Found, s.Described, s.AcronymsGiven, s.AcronymsRight, s.False, s.Unexpected, s.Listed}
	// Found: NLF, National Army, UCP (by its name and by its alias). False: the Gao ("the" and case
	// ignored). Unexpected: Mayor Jean Okello (not equal to a not_groups
	// name, not allowed either). Coastal Wire Service is also_ok.
	if want := [8]int{6, 4, 3, 2, 1, 1, 1, 6}; got != want {
		t.Errorf("expected/found/described/acr given/acr right/false/unexpected/listed = %v, want %v", got, want)
	}
	problems := map[string]string{}
	for _, m := range s.Misses {
		problems[m.Query] = m.Problem
	}
	want := map[string]string{"national army": "acronym", "ucp": "not described", "army": "wrong faction", "zzzz": "not found"}
	for q, p := range want {
		if problems[q] != p {
			t.Errorf("miss %q: %q, want %q (all: %v)", q, problems[q], p, problems)
		}
	}
	if len(s.FalseNames) != 1 || s.FalseNames[0].Name != "the Gao" {
		t.Errorf("false names %v", s.FalseNames)
	}
	if len(s.Unlooked) != 1 || s.Unlooked[0].Name != "Mayor Jean Okello" {
		t.Errorf("unexpected names %v", s.Unlooked)
	}
}

// TestLetterNameAcronym checks the convention for a faction named by its
// letters alone: its name is the acronym it is shown with, so an expected
// acronym equal to those letters is met, and a spelled-out name with no
// acronym, or a lower-case word, is not taken for one.
func TestLetterNameAcronym(t *testing.T) {
	cases := []struct {
		f    corpus.Faction
		want string
		ok   bool
	}{
		{corpus.Faction{Name: "ZPLF"}, "ZPLF", true},
		{corpus.Faction{Name: "KVO-RM"}, "KVO-RM", true},
		{corpus.Faction{Name: "ZPLF", Acronym: "ZPF"}, "ZPLF", false}, // its own acronym counts
		{corpus.Faction{Name: "Zandor People's Front"}, "ZPF", false},
		{corpus.Faction{Name: "Zandor"}, "ZANDOR", false},
		{corpus.Faction{Name: "K"}, "K", false},
	}
	for _, c := range cases {
		f := c.f
		x := Expected{Groups: []Group{{Query: f.Name, NameHas: f.Name, Acronym: c.want, SummaryHas: ""}}}
		s := scoreFactions(&corpus.Corpus{Factions: []*corpus.Faction{&f}}, "b", x, []*corpus.Faction{&f})
		if got := s.AcronymsRight == 1; got != c.ok {
			t.Errorf("%q (acronym %q) against %q: right %v, want %v", f.Name, f.Acronym, c.want, got, c.ok)
		}
	}
}

// TestDescribedAcrossEmphasis: a summary keeps Markdown emphasis as the
// briefing wrote it ("the conservative **United National Party** (UNP)");
// summary_has quotes what a reader sees, so the marks don't hide it.
func TestDescribedAcrossEmphasis(t *testing.T) {
	for _, c := range []struct {
		name, summary, want string
		described           bool
	}{
		{"bold name", "Both parties, the conservative **United National Party** (UNP) and the SLFP, were elite.", "the conservative United National Party (UNP)", true},
		{"italic name", "The *Lanka Sama Samaja Party* (LSSP) had joined the government.", "The Lanka Sama Samaja Party (LSSP) had joined", true},
		{"other words", "The **United National Party** (UNP) won.", "the conservative United National Party", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := describes(&corpus.Faction{Name: "X", Summary: c.summary}, c.want); got != c.described {
				t.Errorf("describes = %v, want %v", got, c.described)
			}
		})
	}
}
