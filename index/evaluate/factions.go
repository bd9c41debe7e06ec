package evaluate

import (
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/corpus"
)

// Factions scores the faction engine on a set of briefings.
type Factions struct {
	Expected      int `json:"expected"`       // groups a reader looks up
	Found         int `json:"found"`          // the look-up finds the faction
	Described     int `json:"described"`      // … and its description holds summary_has
	AcronymsGiven int `json:"acronyms_given"` // groups with an expected acronym
	AcronymsRight int `json:"acronyms_right"`
	Listed        int `json:"listed"`     // factions extracted
	False         int `json:"false"`      // listed, but named in not_groups
	Unexpected    int `json:"unexpected"` // listed, matching no group, also_ok or not_groups entry

	Misses     []FactionMiss `json:"misses"`
	FalseNames []ListedName  `json:"false_names"`
	Unlooked   []ListedName  `json:"unexpected_names"`
}

// FactionMiss is an expected group not found, not described, or with the
// wrong acronym; Got says what the look-up returned.
type FactionMiss struct {
	Briefing string `json:"briefing"`
	Query    string `json:"query"`
	Want     string `json:"want"`
	Problem  string `json:"problem"` // "not found", "wrong faction", "not described", "acronym"
	Got      string `json:"got"`
}

// ListedName is a listed faction counted as false or unexpected.
type ListedName struct {
	Briefing string `json:"briefing"`
	Name     string `json:"name"`
}

func (f *Factions) add(o Factions) {
	f.Expected += o.Expected
	f.Found += o.Found
	f.Described += o.Described
	f.AcronymsGiven += o.AcronymsGiven
	f.AcronymsRight += o.AcronymsRight
	f.Listed += o.Listed
	f.False += o.False
	f.Unexpected += o.Unexpected
	f.Misses = append(f.Misses, o.Misses...)
	f.FalseNames = append(f.FalseNames, o.FalseNames...)
	f.Unlooked = append(f.Unlooked, o.Unlooked...)
}

// scoreFactions looks every expected group up in c and judges the
// factions listed for the briefing (listed: those it defines).
func scoreFactions(c *corpus.Corpus, slug string, x Expected, listed []*corpus.Faction) Factions {
	s := Factions{Expected: len(x.Groups)}
	matched := map[*corpus.Faction]bool{}
	for _, g := range x.Groups {
		if f := s.lookup(c, slug, g); f != nil {
			matched[f] = true
		}
	}
	if len(x.Groups) == 0 && len(x.NotGroups) == 0 {
		return s // no expectations of factions: nothing listed is judged
	}
	s.Listed = len(listed)
	for _, f := range listed {
		switch {
		case isNotGroup(f, x.NotGroups):
			s.False++
			s.FalseNames = append(s.FalseNames, ListedName{slug, f.Name})
		case !matched[f] && !isExpectedName(f, x):
			s.Unexpected++
			s.Unlooked = append(s.Unlooked, ListedName{slug, f.Name})
		}
	}
	return s
}

// lookup scores one group and returns the faction found for it, if right.
func (s *Factions) lookup(c *corpus.Corpus, slug string, g Group) *corpus.Faction {
	miss := FactionMiss{Briefing: slug, Query: g.Query, Want: g.NameHas}
	if g.Acronym != "" {
		s.AcronymsGiven++
	}
	f, _, err := c.LookupFaction(g.Query)
	if err != nil {
		miss.Problem, miss.Got = "not found", err.Error()
		s.Misses = append(s.Misses, miss)
		return nil
	}
	miss.Got = f.Name
	if !namedAs(f, g.NameHas) {
		miss.Problem = "wrong faction"
		s.Misses = append(s.Misses, miss)
		return nil
	}
	s.Found++
	if describes(f, g.SummaryHas) {
		s.Described++
	} else {
		miss.Problem, miss.Got = "not described", f.Name+": "+clip(f.Summary, 80)
		s.Misses = append(s.Misses, miss)
	}
	if g.Acronym != "" {
		if foldName(shownAcronym(f)) == foldName(g.Acronym) {
			s.AcronymsRight++
		} else {
			miss.Problem, miss.Want, miss.Got = "acronym", g.Acronym, f.Name+" ("+f.Acronym+")"
			s.Misses = append(s.Misses, miss)
		}
	}
	return f
}

// shownAcronym is the acronym f is shown with: its own, or, for a faction
// named by its letters alone ("KGB") and so given none besides, its name.
// An expected acronym equal to the group's name is met by either.
func shownAcronym(f *corpus.Faction) string {
	if f.Acronym == "" && isLetterName(f.Name) {
		return f.Name
	}
	return f.Acronym
}

// isLetterName reports whether name is one word of capital letters, digits
// and hyphens holding at least two capitals ("KGB", "FLEC-FAC", "KHAD"):
// the shape of a name that is its own acronym.
func isLetterName(name string) bool {
	caps := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsDigit(r) || r == '-':
		default:
			return false
		}
	}
	return caps >= 2
}

// describes reports whether what /group shows of f (its summary, the
// passages describing it and its events) holds want.
func describes(f *corpus.Faction, want string) bool {
	if containsEventText(f.Summary, want) {
		return true
	}
	for _, p := range f.Passages {
		if containsEventText(p.Sentence, want) {
			return true
		}
	}
	for _, e := range f.Events {
		if containsEventText(e.Text, want) {
			return true
		}
	}
	return false
}

// isNotGroup reports whether f's name is one of names, ignoring case,
// accents and a leading "the".
func isNotGroup(f *corpus.Faction, names []string) bool {
	n := foldName(f.Name)
	for _, ng := range names {
		if n == foldName(ng) {
			return true
		}
	}
	return false
}

// isExpectedName reports whether f is a faction the expectations allow:
// its name holds an expected group's name_has or an also_ok name, or its
// shown acronym is an expected group's.
func isExpectedName(f *corpus.Faction, x Expected) bool {
	n := foldName(f.Name)
	for _, g := range x.Groups {
		if namedAs(f, g.NameHas) || (g.Acronym != "" && foldName(shownAcronym(f)) == foldName(g.Acronym)) {
			return true
		}
	}
	for _, ok := range x.AlsoOK {
		if strings.Contains(n, foldName(ok)) {
			return true
		}
	}
	return false
}

// namedAs reports whether the name /group shows for f, or one of the
// aliases it shows beside it, holds want. A name the text gives in two
// languages ("the Feminine Brigades (Brigadas Femeninas)") is written in
// full both ways; a reader who types either form finds the one faction
// under both, whichever form the extractor keeps as its name.
func namedAs(f *corpus.Faction, want string) bool {
	w := foldName(want)
	return f.HasNameWith(func(n string) bool { return strings.Contains(foldName(n), w) })
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
