package corpus

import "github.com/briefbot/briefbot/corpus/lang/wordnet"

// This file tells a level a rate reached at a date from a happening at
// it: "Unemployment reached about 21 per cent in May 2002", "annual price
// rises exceeded 3,000 per cent in 1989". What such a clause dates is a
// measure of how things stood, as a census is, and nothing that anyone
// did.

// isLevelReached reports whether the clause of a date, scope with the
// date at bytes [at, end), tells that a rate stood at a level (rule
// level-reached): its own verb, active, takes a bare percentage, a
// share of nothing the clause names ("reached about 21 per cent", "passed
// 300 per cent"), and its subject is an abstract noun WordNet files as
// a happening, a process or a state ("unemployment", "inflation", "price
// rises"), with no noun of a person, a group or a thing among its words.
// A share of something named reports what someone won or took ("won 67
// per cent of the vote", "the forces held 90 per cent of the province"),
// and an agent's clause ("Nyusi won 57 per cent") is a happening, so
// both still date.
func isLevelReached(scope string, at, end int, off dateRules) bool {
	if !off.on(ruleLevelReached) || at < 0 || end > len(scope) || at > end {
		return false
	}
	w, v := dateVerb(paddedWordList(scope[:at]), paddedWordList(scope[end:]))
	if v < 0 || isAuxiliary(w[v]) || v > 0 && isBeForm(w[v-1]) {
		return false
	}
	return barePercentFollows(w[v+1:]) && isAbstractSubject(subjectWords(w, v))
}

// subjectWords returns the words before the verb w[v] back to the verb
// or the clause link before them, the date's own prepositions left out:
// "annual price rises" in "…ended in two bouts of hyperinflation; annual
// price rises exceeded". A relative pronoun right before the verb stays,
// for isAbstractSubject to pass over ("inflation that passed").
func subjectWords(w []string, v int) []string {
	k := v
	for k > 0 && !isVerbForm(w[k-1]) && (!isClauseLink(w[k-1]) || k == v) {
		k--
	}
	return trimPrepositions(w[k:v])
}

// barePercentFollows reports whether w, the words after a verb, open
// with a percentage, after "to" or words of a quantity ("about", "some"),
// that no "of" follows: "about 21 per cent", "to 40 percent", not "57
// per cent of the vote".
func barePercentFollows(w []string) bool {
	k := 0
	for k < len(w) && k < 3 && (w[k] == "to" || isQuantityWord(w[k])) {
		k++
	}
	if k >= len(w) || !isCount(w[k]) {
		return false
	}
	for k++; k < len(w) && isAllDigits(w[k]); k++ {
		// the rest of a figure the word list splits: "7,000" is "7" "000"
	}
	switch {
	case k < len(w) && w[k] == "percent":
		k++
	case k+1 < len(w) && w[k] == "per" && w[k+1] == "cent":
		k += 2
	default:
		return false
	}
	return k >= len(w) || w[k] != "of"
}

// isAbstractSubject reports whether w, the words of a clause before its
// verb, end in a head noun (a relative pronoun after it aside) that
// WordNet files as a happening, a process or a state and not as a
// person, a group or a thing: "annual price rises", "unemployment",
// "inflation that". Only the head is asked: a modifier's own first
// sense may be a thing ("annual", a plant). A name WordNet does not
// know is no abstract subject.
func isAbstractSubject(w []string) bool {
	for len(w) > 0 && (w[len(w)-1] == "that" || w[len(w)-1] == "which") {
		w = w[:len(w)-1]
	}
	if len(w) == 0 {
		return false
	}
	l, head := wordnet.Load(), w[len(w)-1]
	return !l.Thing(head) && (l.Happening(head) || l.Made(head))
}

// maxFigureReach bounds the words from a figure to the date it is given
// at: "around 1.3 million barrels a day in the second quarter of" is as
// far as a figure's unit and the date's lead-in run.
const maxFigureReach = 12

// isFigureBound reports whether a date is when a figure that bounds a
// change stood (rule figure-bound): the figure, after "from" or "to",
// comes right before the date with only its unit and the date's own
// words between ("expanded from about 10,000 men in 1966 to some 85,000
// by the end of 1967", "fell to around 1.3 million barrels a day in the
// second quarter of 2009, down from about 2.6 million in 2005"). The
// dates place the two ends of a growth or a fall, states measured then;
// the change is told over them, and nothing happened at either. head is
// the clause's words before the date. Only a year is read so: a figure
// before a day is a time or a length ("from 1 a.m. on Tuesday", "to
// midnight to 4 a.m. on 28 May"), told of a day's happening.
func isFigureBound(head string, xe dateExpr, off dateRules) bool {
	if !off.on(ruleFigureBound) || xe.prec != PrecisionYear || xe.last != nil {
		return false
	}
	w := paddedWordList(head)
	for k := len(w) - 1; k >= 0 && len(w)-k <= maxFigureReach; k-- {
		if isVerbForm(w[k]) || isClauseLink(w[k]) {
			return false
		}
		if isCount(w[k]) || numberWord(w[k]) > 1 {
			return opensChange(w[:k])
		}
	}
	return false
}

// opensChange reports whether w, the words before a figure, end in the
// "from" or "to" that makes it an end of a change, past the rest of the
// figure ("1.3 million" is "1" "3" "million" in a word list) and the
// words of a quantity before it ("about", "perhaps").
func opensChange(w []string) bool {
	k := len(w) - 1
	for k >= 0 && (isAllDigits(w[k]) || isQuantityWord(w[k]) && w[k] != "of") {
		k--
	}
	return k >= 0 && (w[k] == "from" || w[k] == "to")
}
