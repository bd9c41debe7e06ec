package corpus

import "strings"

// Faction is an armed group, movement, coalition or force that a briefing
// describes.
type Faction struct {
	Name     string   `json:"name"`
	Acronym  string   `json:"acronym"`
	Aliases  []string `json:"aliases"`
	Summary  string   `json:"summary"`  // the defining paragraph's text
	Defined  Ref      `json:"-"`        // where Summary comes from
	Mentions []Ref    `json:"mentions"` // other paragraphs naming it
	Events   []Event  `json:"events"`
}

// extractFactions finds the factions of every briefing. (Issue #3.)
func extractFactions(bs []*Briefing) []*Faction { return nil }

// MentionedIn reports whether text names f by its name, acronym or any
// alias, as whole words. (Issue #3 refines the matching rules.)
func (f *Faction) MentionedIn(text string) bool {
	lower := strings.ToLower(text)
	for _, form := range append([]string{f.Name, f.Acronym}, f.Aliases...) {
		if form == "" {
			continue
		}
		form = strings.ToLower(form)
		for i := 0; ; {
			j := strings.Index(lower[i:], form)
			if j < 0 {
				break
			}
			s, e := i+j, i+j+len(form)
			if (s == 0 || !isWordByte(lower[s-1])) && (e == len(lower) || !isWordByte(lower[e])) {
				return true
			}
			i = s + 1
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 0x80
}
