package corpus

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
