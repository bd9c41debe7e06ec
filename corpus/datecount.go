package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// isStativeCount reports whether the clause of a date, scope with the
// date at bytes [at, end), states a count with a verb of being or
// measure (see isMeasureStative: "be", "number", "total", "comprise"),
// the count being its subject or what follows the verb (rule
// stative-count): "In 1964 there were only a few thousand soldiers in
// the colony", "By early 1974 the army numbered between 50,000 and
// 60,000". Such a clause tells what there was at the date, a state the
// narrative reaches, and nothing that happened. A passive ("thousands
// were killed") reports a happening, and so do a count of happenings
// ("two thousand rebels held a rally") and a relative clause that tells
// what the things counted did ("among eight groups that signed").
func isStativeCount(scope string, at, end int, off dateRules) bool {
	if !off.on(ruleStativeCount) || at < 0 || end > len(scope) || at > end {
		return false
	}
	w, v := dateVerb(paddedWordList(scope[:at]), paddedWordList(scope[end:]))
	if v < 0 || !isMeasureStative(w[v]) || isAuxiliary(w[v]) && isQuantityPassive(w[v+1:], off) {
		return false
	}
	if relativeHappening(w[v+1:]) {
		return false // "were among eight groups that signed the agreement": the signing
	}
	return countsThings(w[v+1:], off) || countsThings(trimPrepositions(w[:v]), off) && !countsHappening(w[v+1:])
}

// relativeHappening reports whether w holds a relative clause whose verb,
// right after its pronoun, is a past of no auxiliary ("groups that
// signed the agreement"): the clause tells what the things counted did,
// a happening the date dates.
func relativeHappening(w []string) bool {
	for k := 0; k+1 < len(w); k++ {
		switch w[k] {
		case "that", "who", "which":
			if isVerbForm(w[k+1]) && !isAuxiliary(w[k+1]) && !isModalOrDo(w[k+1]) {
				return true
			}
		}
	}
	return false
}

// isMeasureStative reports whether w is a verb of being that can state
// a measure: one WordNet files under verb.stative whose most frequent
// sense is "be" or lies one step from "be" or "amount" ("number",
// "total", "comprise"). Other verbs of the file ("hold", "spend") take
// counts of what was done with them ("held 90 per cent of the
// province", "spent seven months in jail"), and report a happening.
func isMeasureStative(w string) bool {
	lex := wordnet.Load()
	if !lex.Stative(w) {
		return false
	}
	return slices.Contains(lex.Lemmas(w), "be") || lex.HasKin(w, "be") || lex.HasKin(w, "amount") || lex.HasSynonym(w, "amount")
}

// dateVerb returns the words of a date's clause, head before the date
// and tail after it, and the index among them of the date's own verb:
// the nearest before the date, or, when none comes before, the first
// after it ("Four men are in custody after police detained them on
// Tuesday" dates the detaining); -1 when there is none.
func dateVerb(head, tail []string) ([]string, int) {
	for i := len(head) - 1; i >= 0; i-- {
		if isVerbForm(head[i]) {
			return head, i
		}
	}
	w := append(head, tail...)
	if v := firstVerb(tail); v >= 0 {
		return w, len(head) + v
	}
	return w, -1
}

// firstVerb returns the index of the first finite verb in w, by its form
// (see isVerbForm), or -1.
func firstVerb(w []string) int {
	for i, x := range w {
		if isVerbForm(x) {
			return i
		}
	}
	return -1
}

// trimPrepositions returns w without the prepositions that open it: the
// date's own ("in", "by") left before the subject once the date is
// taken out.
func trimPrepositions(w []string) []string {
	for len(w) > 0 && (isPreposition(w[0]) || isContextWord(w[0])) {
		w = w[1:]
	}
	return w
}

// countsThings reports whether w, the words of a noun phrase and what
// follows it, open with a count within a few words, before any verb,
// clause link or preposition that no count follows, of no happening:
// "only a few thousand soldiers", "between 50,000 and 60,000", "fewer
// than two thousand of the inhabitants", and a fraction of a whole
// ("more than half the population", rule fraction-count); not "two
// coups", nor "between the two communities".
func countsThings(w []string, off dateRules) bool {
	for k := 0; k < len(w) && k < 5; k++ {
		if isVerbForm(w[k]) || isClauseLink(w[k]) && w[k] != "than" {
			return false
		}
		if (isContextWord(w[k]) || w[k] == "among") && (k+1 >= len(w) || !isCountWord(w[k+1])) {
			return false // a phrase of place or time: "between the two communities", "among eight groups"
		}
		if n := timeMeasure(w[k:], off); n > 0 {
			k += n - 1 // "four months later", "at 4 p.m.": a time, no count of things
			continue
		}
		if isCountWord(w[k]) || isFractionOf(w[k:]) && off.on(ruleFractionCount) {
			return !countsHappening(w[k+1:])
		}
	}
	return false
}

// timeMeasure returns how many of the words w open with a count that
// measures time rather than things (rule time-count): a time on the
// clock ("4 p.m.", "10 am") or a stretch of the calendar counted from a
// point ("four months later", "two days before", "a year ago"); 0 when
// w opens with none. Such a phrase places the clause in time ("On 27
// August 1985, four months later, Buhari was himself removed"); it says
// nothing of how many there were of anything.
func timeMeasure(w []string, off dateRules) int {
	if !off.on(ruleTimeCount) || len(w) < 2 || !isCountWord(w[0]) && w[0] != "a" {
		return 0
	}
	if isCount(w[0]) && isClockSuffix(w[1]) {
		return 2
	}
	if isCount(w[0]) && (w[1] == "a" || w[1] == "p") && len(w) > 2 && w[2] == "m" {
		return 3 // "p.m." split at its points
	}
	unit := strings.TrimSuffix(w[1], "s")
	if len(w) > 2 && (isCalendarUnit(unit) || unit == "hour" || unit == "minute") && isTimeCountedFrom(w[2]) {
		return 3
	}
	return 0
}

// isTimeCountedFrom reports whether w, after a counted stretch of time,
// counts it from a point: a direction countDirection reads ("later",
// "earlier", "before", "after"), "ago", "afterwards" or "on".
func isTimeCountedFrom(w string) bool {
	return countDirection(w) != 0 || w == "ago" || w == "afterwards" || w == "on"
}

// isFractionOf reports whether w opens with a fraction of a whole the
// next words name: "half the population", "a third of the
// inhabitants"; not an ordinal ("the third coalition").
func isFractionOf(w []string) bool {
	return len(w) > 1 && isFraction(w[0]) && (w[1] == "of" || isDeterminer(w[1]))
}

// isCountWord reports whether w is a count: a figure, a number written
// as a word above one, or an amount with no number ("few", "many").
func isCountWord(w string) bool {
	return isCount(w) || countWord(w) > 1 || isAmountWord(w) && w != "no" && w != "much"
}

// countsHappening reports whether the noun a count or a verb
// quantifies, among the next few words w, names a happening in WordNet
// ("two coups", "three attacks", "held a rally"): a count of what took
// place, not of what there was.
func countsHappening(w []string) bool {
	lex := wordnet.Load()
	for k := 0; k < len(w) && k < 4; k++ {
		switch {
		case isCountWord(w[k]) || isDeterminer(w[k]) || w[k] == "and" || w[k] == "of" || w[k] == "or":
		case lex.Happening(w[k]):
			return true
		case lex.Thing(w[k]):
			return false
		}
	}
	return false
}

// isPastCopulaState reports whether the clause of a date, scope with the
// date at bytes [at, end), opens with the date and has as its only verb
// a copula in the past with an adjective or a noun phrase after it that
// names no happening (rule copula-state): "this year the streets were
// empty", "Twelve years after its defeat, the army was once again the
// arbiter of Bolivian politics". The clause tells how things stood at
// the date, a state the narrative reaches; nothing happened. A passive
// ("was declared"), a progressive ("were marching"), "there was" (see
// isStativeCount) and a complement that names a happening are left
// alone.
func isPastCopulaState(scope string, at, end int, off dateRules) bool {
	if !off.on(ruleCopulaState) || at < 0 || end > len(scope) || at > end {
		return false
	}
	if len(trimPrepositions(paddedWordList(scope[:at]))) > 0 {
		return false // the date after a verb or a noun ("the deployment on 14 March"), not opening the clause
	}
	w := paddedWordList(scope[end:])
	v := firstVerb(w)
	return isLoneCopula(w, v) && isStateComplement(w[v+1:])
}

// isLoneCopula reports whether w[v], the first verb of a clause's words
// w, is "was" or "were" after a subject other than "there", with no
// verb, no infinitive and no comparison after it: "the streets were
// empty", not "were declared", "were the last to die", "was greater
// than in 2006" (a comparison with a reference point).
func isLoneCopula(w []string, v int) bool {
	if v <= 0 || w[v] != "was" && w[v] != "were" || w[v-1] == "there" {
		return false
	}
	return firstVerb(w[v+1:]) < 0 && !slices.Contains(w[v+1:], "to") && !slices.Contains(w[v+1:], "than")
}

// isStateComplement reports whether c, the words after a copula, open
// with an adjective or a noun phrase, perhaps after an adverb ("once
// again the arbiter"), and name no happening in their first words: not
// a preposition ("among the demonstrators"), a progressive or a count.
func isStateComplement(c []string) bool {
	for len(c) > 0 && (isPreverbAdverb(c[0]) || c[0] == "once" || c[0] == "again" || c[0] == "also") {
		c = c[1:]
	}
	if len(c) == 0 || isPreposition(c[0]) || isContextWord(c[0]) || strings.HasSuffix(c[0], "ing") || isCountWord(c[0]) {
		return false
	}
	lex := wordnet.Load()
	for _, x := range c[:min(len(c), 5)] {
		if lex.Happening(x) {
			return false
		}
	}
	return true
}
