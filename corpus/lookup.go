package corpus

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnknownFaction means no faction matches a name. The error also carries
// the closest names; see UnknownFactionError.
var ErrUnknownFaction = errors.New("unknown faction")

// UnknownFactionError lists the closest names to a query that matched none.
type UnknownFactionError struct {
	Query       string
	Suggestions []string
}

func (e *UnknownFactionError) Error() string {
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("no faction matches %q", e.Query)
	}
	return fmt.Sprintf("no faction matches %q; did you mean %s?", e.Query, strings.Join(e.Suggestions, ", "))
}

func (e *UnknownFactionError) Is(target error) bool { return target == ErrUnknownFaction }

// LookupFaction finds the faction a reader means by q: an acronym, name,
// alias or prefix, typos tolerated. It returns the best match and, when q
// is ambiguous, the other candidates ("did you mean"). (Issue #3.)
func (c *Corpus) LookupFaction(q string) (*Faction, []*Faction, error) {
	return nil, nil, &UnknownFactionError{Query: q}
}

// SuggestFactions returns up to limit factions for autocomplete, prefix
// matches first; an empty prefix lists factions in name order. (Issue #3.)
func (c *Corpus) SuggestFactions(prefix string, limit int) []*Faction {
	return nil
}
