package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// forwardReach is how many words before a date a plan's or an
// expectation's infinitive may open and still govern it: the infinitive,
// its object and a place ("due to open in Switzerland on").
const forwardReach = 10

// isPlanRelative reports whether head, a clause's words before its date,
// holds a reduced relative clause of plan: a noun, a word of plan and an
// infinitive ("peace talks due to open in Switzerland on", "a vote set
// to take place on"), with no form of "be" before the plan's word to make
// it the clause's own verb, within forwardReach words of the date (rule
// plan-relative). The words of plan are those hasFutureCueWords reads
// after "is" ("is due to", "is set to", "is expected to"), in a form that
// is no present verb. Told in a past clause ("The announcement came two
// weeks before talks due to open on 14 August"), the date is the plan's,
// ahead of the clause's time, as in "talks were scheduled for June".
func isPlanRelative(head string) bool {
	w, i := planWordBefore(head)
	if i < 0 {
		return false
	}
	subject := lowerASCII(w[i-1])
	return !isAuxiliary(subject) && !leadsNoun(subject) && !isModalOrDo(subject)
}

// isCopulaPlan reports whether head, a clause's words before its date,
// tells a plan with a past copula before the word of plan: "the
// conference was due to open on", "Congress, which was due to convene
// on" (rule copula-plan). Under a dispatch's dateline such a plan is one
// the dispatch reports in the past of its telling ("officials said the
// conference was due to open"), and its day still lies ahead of the
// moment of writing, as after "is due to"; "had been due to" is a plan
// overtaken (isOvertakenPlan) and is no copula plan.
func isCopulaPlan(head string) bool {
	w, i := planWordBefore(head)
	if i < 0 {
		return false
	}
	be := lowerASCII(w[i-1])
	return (be == "was" || be == "were") && (i < 2 || !strings.EqualFold(w[i-2], "had"))
}

// planWordBefore finds, within forwardReach words before the end of
// head, the last word of plan that opens an infinitive which governs
// the date ("due to open in Switzerland on"): head's words and the
// plan word's index, or -1 when there is none.
func planWordBefore(head string) ([]string, int) {
	w := paddedWordList(head)
	for i := len(w) - 2; i >= 1 && i >= len(w)-forwardReach; i-- {
		if w[i+1] != "to" || !isPlanWord(lowerASCII(w[i])) {
			continue
		}
		if opensInfinitive(w[i+2:]) && !hasFiniteAfter(w[i+3:]) {
			return w, i
		}
		return w, -1
	}
	return w, -1
}

// isPlanWord reports whether w, before "to", says what follows is
// planned: a participle or "due" that hasFutureCueWords makes a cue after
// "is" ("due", "set", "scheduled"). A participle whose verb itself takes
// the infinitive ("planned", "intended", "expected") reads as that verb's
// past after a noun ("The group planned to arrest the President"): no
// relative clause.
func isPlanWord(w string) bool {
	if w != "due" && !isParticiple(w) && !isSameInPast(w) || !hasFutureCueWords(" is "+w+" to ") {
		return false
	}
	for _, l := range wordnet.Load().Lemmas(w) {
		if l != w && (hasFutureCueWords(" "+l+"s to ") || isExpectationPresent(l)) {
			return false
		}
	}
	return true
}

// opensInfinitive reports whether w, the words after "to", open an
// infinitive: a lower-case word that is no determiner, number or noun's
// function word ("to open", not "to the", "to 14", "to Harare").
func opensInfinitive(w []string) bool {
	return len(w) > 0 && w[0] != "" && w[0][0] >= 'a' && w[0][0] <= 'z' && !leadsNoun(w[0]) && !isDeterminer(w[0]) && !isDateNumberWord(w[0]) &&
		!strings.HasSuffix(w[0], "ing")
}

// isExpectedAhead reports whether head, a clause's words before its
// date, holds a present verb of expectation and an infinitive, with or
// without an object ("Diplomats expect the General Assembly to take up
// the question on", "the army expects to take the town on"), within
// forwardReach words of the date (rule expect-ahead). What is expected
// is to come: the date lies ahead of the moment of writing, as after "is
// expected to". A verb of expectation is one WordNet files with "expect"
// ("expect", "anticipate"), in a present form.
func isExpectedAhead(head string) bool {
	return isInfinitiveGovernedBy(head, func(w []string, j int) bool {
		return isExpectationPresent(lowerASCII(w[j])) && !leadsNoun(lowerASCII(w[j-1]))
	})
}

// isExpectedPassiveAt reports whether head, a clause's words before its
// date, end in a present passive of a verb of expectation, perhaps with
// an adverb after it ("A meeting of the heads of state is expected later
// this month", "a vote is now expected on", "is expected in"; rule
// expected-passive): what
// is expected is to come, as after "is expected to". A verb of
// expectation is one WordNet files with "expect", as for
// isExpectationPresent.
func isExpectedPassiveAt(head string) bool {
	w := paddedWordList(head)
	n := len(w)
	if n > 0 && isDatePreposition(w[n-1]) {
		n-- // "is expected in March"
	}
	if n > 0 && (w[n-1] == "early" || w[n-1] == "later" || isPreverbAdverb(w[n-1])) {
		n-- // "expected later this month", "expected early next week"
	}
	if n < 2 || !strings.HasSuffix(w[n-1], "ed") {
		return false
	}
	be := w[n-2]
	if n > 2 && isPreverbAdverb(be) {
		be = w[n-3]
	}
	if be != "is" && be != "are" {
		return false // "had been expected", "was expected": a plan of the past
	}
	lex := wordnet.Load()
	return slices.ContainsFunc(lex.Lemmas(w[n-1]), func(l string) bool { return l == "expect" || lex.HasSynonym(l, "expect") })
}

// isAskedAhead reports whether head, a clause's words before its date,
// holds a verb of request in the present perfect and an infinitive, with
// or without an object ("Monsignor Cipriani has asked to celebrate Mass
// in the residence on", "We have asked the government to present their
// inventories by"), within forwardReach words of the date (rule
// asked-ahead). What has just been asked for is still to be done: the
// date lies ahead of the moment of writing, as after a present verb of
// expectation (isExpectedAhead). A verb of request: isRequestParticiple.
func isAskedAhead(head string) bool {
	return isInfinitiveGovernedBy(head, func(w []string, j int) bool {
		has := lowerASCII(w[j-1])
		return (has == "has" || has == "have") && isRequestParticiple(lowerASCII(w[j]))
	})
}

// isPromisedBefore reports whether head, a clause's words before a
// weekday, end in an infinitive that the past of a verb of promise or
// intent governs straight before its "to" ("Protest organisers vowed to
// return to the streets on", "the union planned to march on"), within
// forwardReach words of the date (rule promised-day). What was promised
// or meant is still to come when it is told: the weekday lies ahead of
// the clause's time, as a directed day does (isDirectedBefore). After
// "had" the promise is a past overtaken, and the clause's own time
// decides.
func isPromisedBefore(head string) bool {
	return isInfinitiveGovernedBy(head, func(w []string, j int) bool {
		v := lowerASCII(w[j])
		return w[j+1] == "to" && lowerASCII(w[j-1]) != "had" && (isRegularPast(v) || isIrregularPast(v)) && isPromiseOrIntent(v)
	})
}

// isPromiseOrIntent reports whether w is a form of a verb of promise,
// "promise" or one WordNet makes its kin or kin of "pledge" ("pledge",
// "vow", "guarantee"), or of intent (the cue class wordnet.Intent:
// "plan", "intend", "hope", "want"), but no verb of attempt, one WordNet
// makes a synonym of "try" ("sought to storm the town on Friday"): an
// attempt is made on the day it is told of.
func isPromiseOrIntent(w string) bool {
	lex := wordnet.Load()
	for _, l := range lex.Lemmas(w) {
		if lex.HasSynonym(l, "try") || lex.HasSynonym("try", l) {
			return false
		}
		if l == "promise" || lex.HasKin(l, "promise") || lex.HasKin(l, "pledge") || lex.In(wordnet.Intent, l) {
			return true
		}
	}
	return false
}

// isRequestParticiple reports whether w is the participle in -ed of a
// verb WordNet files below request.v.01 ("asked", "requested",
// "petitioned", "implored", "ordered"): see
// wordnet.Lexicon.Request.
func isRequestParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") && wordnet.Load().Request(w)
}

// isInfinitiveGovernedBy reports whether the last infinitive within
// forwardReach words before the end of head, one that governs the date
// (no finite verb after it), has within six words before it a word
// governs accepts (w, the padded words, and j, the word's index, at
// least 1).
func isInfinitiveGovernedBy(head string, governs func(w []string, j int) bool) bool {
	w := paddedWordList(head)
	for i := len(w) - 2; i >= 1 && i >= len(w)-forwardReach; i-- {
		if w[i] != "to" || !opensInfinitive(w[i+1:]) || hasFiniteAfter(w[i+2:]) {
			continue
		}
		for j := i - 1; j >= 1 && j >= i-6; j-- {
			if governs(w, j) {
				return true
			}
		}
		return false
	}
	return false
}

// hasFiniteAfter reports whether w, the words after an infinitive's
// first verb up to a date, hold a verb form that opens a clause of its
// own ("to fall, the army said on"): the date is that clause's. The
// participle of a passive infinitive ("to be held on") is the
// infinitive's.
func hasFiniteAfter(w []string) bool {
	for k, f := range w {
		f = lowerASCII(f)
		if k > 0 && (w[k-1] == "be" || w[k-1] == "been") && isParticiple(f) {
			continue
		}
		if f == "be" || f == "been" {
			continue
		}
		if isVerbForm(f) {
			return true
		}
	}
	return false
}

// isExpectationPresent reports whether w is the present of a verb of
// expectation: "expect", "expects", or a word WordNet puts in the sense
// of "expect" ("anticipate"), bare or with -s; not a past ("expected"),
// which the clause's past tense already reads.
func isExpectationPresent(w string) bool {
	if strings.HasSuffix(w, "ed") {
		return false
	}
	lex := wordnet.Load()
	for _, l := range lex.Lemmas(w) {
		if l == "expect" || lex.HasSynonym(l, "expect") {
			return true
		}
	}
	return false
}
