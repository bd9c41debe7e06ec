package corpus

import (
	"slices"
	"strings"
)

// A date in a reduced relative clause ("a treaty signed by Laval and
// Mussolini on 7 January 1935", "a conference held in Calcutta in
// February 1948") dates what the participle tells of the noun, which the
// sentence takes as given: the mood of the clause around it ("would have
// transferred the area", "Whether the decision was influenced by … has
// long been debated") is not the participle's (rule reduced-mood).

// wordAt is a word of a clause, in lower case, and where it starts.
type wordAt struct {
	w     string
	start int
}

// wordsBefore returns the words of s before byte at, with their offsets.
func wordsBefore(s string, at int) []wordAt {
	var out []wordAt
	for i := 0; i < at; {
		w, j := nextLowerWord(s[:at], i)
		if w == "" {
			break
		}
		out = append(out, wordAt{w, j - len(w)})
		i = j
	}
	return out
}

// reducedRelativeStart returns the offset in scope of the participle
// that opens a reduced relative clause holding the date at byte at, or
// -1: a past participle right after a noun, a preposition right after it
// ("signed by", "held in"), and no finite verb between it and the date;
// a finite verb elsewhere in the clause, before the noun or after the
// date, shows the participle is none. A past form after a noun with only
// a phrase after it and no other verb ("The army attacked on 3 May") is
// the clause's own verb.
func reducedRelativeStart(scope string, at, end int) int {
	ws := wordsBefore(scope, at)
	list := make([]string, len(ws))
	for i, w := range ws {
		list[i] = w.w
	}
	for i := len(list) - 2; i > 0; i-- {
		w := list[i]
		if isFiniteAt(list, i) && !isParticiple(w) {
			return -1 // a verb nearer the date governs it
		}
		if !isParticiple(w) || w == "been" || w == "had" || !isPreposition(list[i+1]) && list[i+1] != "by" {
			continue
		}
		noun := list[i-1]
		if governsParticiple(noun) || isSubjectPronoun(noun) || !endsSubject(noun) || isAuxiliary(noun) || isPreverbAdverb(noun) {
			return -1
		}
		if hasFiniteAfterDate(scope[end:]) || slices.ContainsFunc(list[:i-1], isPastFinite) {
			return ws[i].start
		}
		return -1
	}
	return -1
}

// hasFiniteAfterDate reports whether rest, a clause's words after a date,
// hold a modal or an auxiliary: the verb of the subject a reduced
// relative qualifies ("… on 7 January 1935 would have transferred").
func hasFiniteAfterDate(rest string) bool {
	for i := 0; ; {
		w, j := nextLowerWord(rest, i)
		if w == "" {
			return false
		}
		if isAuxiliary(w) || isModalWord(w) {
			return true
		}
		i = j
	}
}

// dateMoodCue is hypotheticalCue for the date at byte at of scope, its
// end at end: a date in a reduced relative clause reads the cues of that
// clause alone (rule reduced-mood).
func dateMoodCue(scope string, at, end int, off dateRules) bool {
	if off.on(ruleReducedMood) {
		if k := reducedRelativeStart(scope, at, end); k >= 0 {
			return cueAt(scope[k:end], at-k, end-k, off)
		}
	}
	return cueAt(scope, at, end, off)
}

// isFigureTable reports whether m, a sentence, is a table of figures
// read as a paragraph ("Indicator (26 November 2017 -- 27 January 2018):
// Figure; People killed in the context of protests: 23; …"; see
// paragraphSplit.table): rows joined by "; ", most of them a label and
// a short value with a number in it (rule figure-table). Such a table
// counts what a period held; its dates label the period and the rows,
// and no row tells a happening.
func isFigureTable(m string) bool {
	rows := strings.Split(m, "; ")
	if len(rows) < 3 {
		return false
	}
	figures := 0
	for _, r := range rows {
		k := strings.LastIndex(r, ": ")
		if k < 0 {
			continue
		}
		v := strings.TrimRight(r[k+2:], ". ")
		if len(strings.Fields(v)) <= 4 && strings.ContainsAny(v, "0123456789") {
			figures++
		}
	}
	return 2*figures > len(rows)
}
