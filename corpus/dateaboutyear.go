package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// isAboutNoun reports whether head, a clause's words before a year after
// "of", ends in "of" after a noun whose most frequent sense WordNet files
// under none of the classes a year can date: no happening, nothing made
// on a day (a treaty, a decree), no being or body ("memory", "legacy",
// "lesson"). Such a noun is a thought or a quality the thing of that
// year left behind ("the memory of 1972"), lasting after it, so what
// the noun did later is no happening of that year. A noun in capitals
// is a name's ("the Meiji Restoration of 1868"): a happening.
func isAboutNoun(head string) bool {
	f := strings.Fields(head)
	n := len(f)
	if n < 2 || !strings.EqualFold(f[n-1], "of") || startsUpper(f[n-2]) {
		return false
	}
	noun := strings.ToLower(strings.Trim(f[n-2], `"'’*`))
	l := wordnet.Load()
	return l.Knows(noun) && !l.Happening(noun) && !l.Made(noun) && !l.Thing(noun) && !isHappeningKind(noun)
}
