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

// isAboutSubjectDate reports whether head, a past clause's words before
// a month or a day, are its subject's opening alone, a determiner and a
// noun isAboutNoun accepts before "of" (rule about-year, as for a year):
// "The memory of December 1970 shaped the workers' movement". The date
// is what the memory is of; what the memory did came later. A time of
// the calendar ("The night of 14 April brought the abduction") is the
// time of what the clause tells.
func isAboutSubjectDate(head string, xe dateExpr, t tense, off dateRules) bool {
	if !off.on(ruleAboutYear) || xe.ofYear || xe.kind != exCalendar || t != tensePast || !strings.HasSuffix(head, "of ") {
		return false // most dates
	}
	w := paddedWordList(head)
	if len(w) != 3 || !isDeterminer(w[0]) {
		return false // "During that whole period the subject of": not the clause's opening
	}
	if isDayPart(w[1]) || isNightWord(w[1]) || isCalendarUnit(w[1]) {
		return false // "The night of 14 to 15 April 2014 brought the abduction": the time itself
	}
	return isAboutNoun(head)
}
