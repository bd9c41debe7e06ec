package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// queryShape is what beyondSpelling's readings ask of the query alone,
// read once per query: which readings its words allow at all, and its
// content words. Each reading returns 0 for every faction when the query
// fails its own test (the readings call the same tests), so a look-up
// skips it for the whole corpus instead of re-reading the query's words
// once per faction.
type queryShape struct {
	words                                    []string // contentWords of the query
	forces, describedForces, unit, described bool
	members, leader, epithet                 bool
}

// shapeOf reads the normalized query q.
func shapeOf(q string, lex *wordnet.Lexicon) queryShape {
	qw := contentWords(q)
	fields := strings.Fields(q)
	return queryShape{
		words:           qw,
		forces:          forcesQuery(qw, lex),
		describedForces: describedForcesQuery(qw, lex),
		unit:            unitQuery(fields),
		described:       describedQuery(qw),
		members:         membersQuery(fields),
		leader:          leaderQuery(qw, lex),
		epithet:         len(qw) > 0,
	}
}

// allReadings is the shape that skips no reading: what the look-up did
// before shapes, kept to check that a shape skips only readings that
// score nothing.
func (s queryShape) allReadings() queryShape {
	return queryShape{words: s.words, forces: true, describedForces: true, unit: true, described: true, members: true, leader: true, epithet: true}
}

// forcesQuery reports whether a query's content words qw can name a
// nation's forces (scoreForces): a word before a military noun.
func forcesQuery(qw []string, lex *wordnet.Lexicon) bool {
	return len(qw) >= 2 && lex.Military(qw[len(qw)-1])
}

// describedForcesQuery is forcesQuery with a place's or people's word
// before the noun (scoreDescribedForces).
func describedForcesQuery(qw []string, lex *wordnet.Lexicon) bool {
	return forcesQuery(qw, lex) && slices.ContainsFunc(qw[:len(qw)-1], isPlaceOrPeople)
}

// unitQuery reports whether a query's words open with a unit's number
// before another word (scoreUnit).
func unitQuery(fields []string) bool {
	return len(fields) >= 2 && isDigits(fields[0])
}

// describedQuery reports whether qw end with a group's noun after other
// words, not a person's noun that names no organisation (scoreDescribed).
func describedQuery(qw []string) bool {
	n := len(qw)
	return n >= 2 && isGroupWord(qw[n-1]) && !(isPersonWord(qw[n-1]) && !lang.IsOrgNoun(qw[n-1]))
}

// membersQuery reports whether a query's words end with a plural kind of
// person after another word (scoreMembers).
func membersQuery(fields []string) bool {
	n := len(fields)
	return n >= 2 && strings.HasSuffix(fields[n-1], "s") && isPersonWord(fields[n-1])
}

// leaderQuery reports whether qw are a person's name of one or two words
// and a group's or military noun (scoreLeader).
func leaderQuery(qw []string, lex *wordnet.Lexicon) bool {
	n := len(qw)
	if n < 2 || n > 3 {
		return false
	}
	if noun := qw[n-1]; !isGroupWord(noun) && !lex.Military(noun) {
		return false
	}
	return !slices.ContainsFunc(qw[:n-1], func(w string) bool {
		return len(w) < 3 || isPlaceOrPeople(w) || isGroupWord(w) || isConnector(w)
	})
}
