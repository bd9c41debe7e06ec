package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// This file tells a dated state from a dated happening by grammar and
// WordNet's classes of words (the lexicographer file of a word's most
// frequent sense): a clause whose verb is one of being or having
// (verb.stative), or that says there was something that is no happening
// (noun.person, noun.artifact, noun.quantity...), or that a result had
// come about ("had become"), tells what was at its date, not what
// happened then. (A rule for "there were" and a noun of a thing was
// tried and left out: on dev it removed no false event and lost two
// dated ones, where "there was" stood in another clause.)

// stativeVerbBefore returns the nearest verb form in w, the clause's
// words before a date, walking back from the date, and where it is; ""
// when there is none. A verb of another clause is not passed: the walk
// stops at a clause link.
func stativeVerbBefore(w []string) (string, int) {
	for i := len(w) - 1; i >= 0; i-- {
		if isVerbForm(w[i]) {
			return w[i], i
		}
		if isClauseLink(w[i]) {
			break
		}
	}
	return "", -1
}

// isStativeVerb reports whether v is a past verb of being or having as
// WordNet files its most frequent sense ("dominated", "held",
// "ranged"), and not an auxiliary, whose clause's sense lies in the
// participle after it.
func isStativeVerb(v string) bool {
	switch v {
	case "", "was", "were", "be", "been", "had", "did", "will", "would", "could", "should", "might", "must", "can", "shall":
		return false
	}
	return wordnet.Load().Stative(v)
}

// objectNamesHappening reports whether the words w after a verb open
// with an object whose head noun is a happening ("held elections",
// "held talks"): then even a verb of having reports what took place.
func objectNamesHappening(w []string) bool {
	head, _ := headNoun(w)
	return head != "" && wordnet.Load().Happening(head)
}

// headNoun returns the head of the noun phrase that w opens, and whether
// it names a thing: the last of the first run of words WordNet knows as
// nouns of a happening or of a thing, looked at within a few words, past
// one "of" ("a few thousand soldiers", "heavy fighting", "a wave of
// strikes"). It returns "" when no such noun comes soon enough.
func headNoun(w []string) (string, bool) {
	l := wordnet.Load()
	head, of := "", false
	for i := 0; i < len(w) && i < 8; i++ {
		v := w[i]
		if l.Thing(v) || l.Happening(v) {
			head = v
			continue
		}
		if isStatePreposition(v) {
			break // "held the presidency without interruption": past the object
		}
		if head != "" && v == "of" && !of {
			of, head = true, ""
			continue
		}
		if head != "" || isVerbForm(v) || isClauseLink(v) {
			break
		}
	}
	return head, head != "" && !l.Happening(head)
}

// isStativeSpan reports whether a date ends a state or spans one
// (ruleStativeSpan): after "until" or "till", or as a range ("from 1991
// to 2018"), in a clause whose verb before it is one of being or having
// ("dominated the party until 2018", "held every office until 2000").
// What the clause says lasted up to the date, or over the range; nothing
// happened at it. A happening the object names ("held talks until 3
// May") still dates.
//
// Only a past clause, or a list item's with no finite verb read
// ("TPLF: dominated the coalition until 2018"), is read so: a present
// or an announced end is another rule's (isPresentStateUntil).
func isStativeSpan(head string, xe dateExpr, t tense, off dateRules) bool {
	if !off.on(ruleStativeSpan) || !xe.until || xe.last != nil || t != tensePast && t != tensePastPerfect && t != tenseNone {
		return false
	}
	w := paddedWordList(head)
	for len(w) > 0 && (w[len(w)-1] == "until" || w[len(w)-1] == "till" || w[len(w)-1] == "about" || w[len(w)-1] == "around") {
		w = w[:len(w)-1] // the bound's own words: "until about 2010"
	}
	v, at := stativeVerbBefore(w)
	if at < 0 || !isStativeVerb(v) || at > 0 && isBeForm(w[at-1]) {
		return false // no verb of being, or a passive ("was held in May")
	}
	// The state must be held over an object ("dominated the party"): a
	// verb of being with none ("lasted until August", "continued until
	// 2002") tells how long a happening went on, and its end is an event.
	obj := w[at+1:]
	return len(obj) > 0 && !isStatePreposition(obj[0]) && !strings.HasSuffix(obj[0], "ly") && !objectNamesHappening(obj) && !isDurationObject(obj)
}

// isDurationObject reports whether w, the words after a verb, open with
// a length of time ("lasted roughly three decades"): how long something
// went on, not what was held.
func isDurationObject(w []string) bool {
	for i := 0; i < len(w) && i < 4; i++ {
		if u := strings.TrimSuffix(w[i], "s"); isCalendarUnit(u) || u == "decade" || u == "century" || u == "centurie" {
			return true
		}
	}
	return false
}

// isBeForm reports whether w is a form of "be": before a participle it
// makes a passive.
func isBeForm(w string) bool {
	switch w {
	case "was", "were", "been", "be", "is", "are", "being":
		return true
	}
	return false
}

// isStatePreposition reports whether w is a preposition, which opens a phrase
// of place or time rather than an object: "remained in force", "lasted
// until".
func isStatePreposition(w string) bool {
	switch w {
	case "in", "on", "at", "until", "till", "from", "for", "through", "throughout", "into", "to", "with", "without", "within", "against", "across", "among", "despite", "under", "over", "after", "before", "during", "by", "as", "since", "between", "about":
		return true
	}
	return false
}

// maxByHead bounds the words from a clause-opening "by" to its date: "By
// the end of the summer of" is as far as a date's lead-in runs.
const maxByHead = 6

// isYearByState reports whether a date of a year's precision, after the
// "by" that opens its clause, is when the clause's state held
// (ruleYearByState): "By mid-2025 the insurgents controlled large rural
// areas", "By early 2025 the party had split into factions", "By 2010
// most refugees had returned". A year is too coarse a point for what the
// clause tells to have happened then: it says where things stood, as
// isStateBy's "was … by 1965" does, and the narrative moves on to that
// year all the same. A day or a month by which something had happened
// ("By 10 November organised fighting had largely stopped") still dates
// an event, and so does a range. tail is the sentence after the date.
func isYearByState(head, tail string, p placed, off dateRules) bool {
	if !off.on(ruleYearByState) || p.d.Precision != PrecisionYear || !p.end.IsZero() {
		return false
	}
	h := paddedWordList(head)
	if len(h) > 0 && h[0] != "by" && off.on(ruleLinkedBy) {
		b := byAfterLink(h)
		if len(b) == len(h) || !slices.ContainsFunc(paddedWordList(tail), isCountWord) {
			return false
		}
		h = b
	}
	return len(h) > 0 && len(h) <= maxByHead && h[0] == "by"
}

// byAfterLink returns the words of h, a clause's words up to its date,
// from a "by" that opens a clause after a link: a coordinator that opens
// the clause ("…, and by 2003 roughly 3.4 million people were
// displaced") or a relative pronoun right before "by" ("a force that by
// 1965 numbered about 70,000 troops"); h itself when there is none.
// After a link the clause may go on with the narrative of the one before
// ("Conté responded by giving LURD support, and by the middle of 2001
// the rebels controlled much of Lofa County" tells what the support
// brought about), so isYearByState takes such a "by" as opening a state
// only when the clause after the date states a count, a level the year
// had reached (ruleLinkedBy).
func byAfterLink(h []string) []string {
	if len(h) > 1 && (h[0] == "and" || h[0] == "but") && h[1] == "by" {
		return h[1:]
	}
	for k := len(h) - 1; k > 0 && k >= len(h)-maxByHead; k-- {
		if h[k] == "by" {
			if h[k-1] == "that" || h[k-1] == "which" || h[k-1] == "who" {
				return h[k:]
			}
			break
		}
	}
	return h
}

// isBecomeBy reports whether a date after "by" is when its clause says a
// result had come about (ruleBecomeBy): "By 2004 the country had become
// one of the largest producers". "had become" states the result reached
// by the date, as "was … by 1965" states what was (isStateBy); the
// becoming itself is not placed.
func isBecomeBy(head, scope string, off dateRules) bool {
	if !off.on(ruleBecomeBy) || !strings.Contains(scope, "become") {
		return false
	}
	h := paddedWordList(head)
	if len(h) == 0 || h[len(h)-1] != "by" {
		return false
	}
	w := paddedWordList(scope)
	for i := 0; i+1 < len(w); i++ {
		if w[i] == "had" && w[i+1] == "become" {
			return true
		}
	}
	return false
}

// isTenureSpan reports whether a date ends or spans a tenure of office
// (ruleTenureSpan): a range, or a bound right after "until", in a past
// clause that gives its subject a leader's title by a copula, a verb one
// step from "be" in WordNet, or a verb and "as" ("was president from 2015
// to 2025", "remained president until 1960", "served as chairman of the
// council from 1967 to 1974"). Who held an office over a span is a state
// of the narrative, as a verb of being over it is (isStativeSpan); the
// taking and leaving of the office are the events, told in their own
// words. (Verbs of ruling, "governed from 1923 until 1930", were tried
// as well and left out: on dev the writers dated as many such spans as
// they left undated.)
func isTenureSpan(head string, xe dateExpr, t tense, off dateRules) bool {
	if isOpenTenure(head, xe, off) {
		return true
	}
	if !off.on(ruleTenureSpan) || !xe.until && xe.last == nil || t != tensePast && t != tensePastPerfect && t != tenseNone {
		return false
	}
	w := paddedWordList(head)
	if xe.last == nil && (len(w) == 0 || w[len(w)-1] != "until" && w[len(w)-1] != "till") {
		return false // "until his murder in 1997": the date is the end's own
	}
	w = trimBoundWords(w)
	if servesAs(w) || isTitleApposition(w, t, off) || heldOffice(w, off) {
		return true
	}
	v, at := stativeVerbBefore(w)
	return at >= 0 && (isBeForm(v) || wordnet.Load().HasKin(v, "be")) && namesLeaderTitle(w[at+1:])
}

// isOpenTenure reports whether a date that only opens or only closes a
// tenure, after "from" or "until", follows the title it is the tenure of
// (rule tenure-bound): in an apposition set off by a comma or a bracket
// ("General Jorge Ubico, president from 1931, governed …", "Armando
// Guebuza (in office until January 2015)"), or after a verb, "as" and a
// title ("served as Minister of Tourism from 1997", a year: a day is
// when the office was taken). Such a phrase tells
// who the person was, as "was emperor from 1930" does (isCopulaFrom);
// the taking and leaving of the office are told in their own words.
func isOpenTenure(head string, xe dateExpr, off dateRules) bool {
	if !off.on(ruleTenureBound) || xe.last != nil || !strings.HasSuffix(head, "from ") && !strings.HasSuffix(head, "until ") {
		return false // most dates
	}
	w := trimBoundWords(paddedWordList(head))
	if !xe.until && xe.prec == PrecisionYear && len(w) > 0 && w[len(w)-1] != "and" && servesAs(w) {
		return true // not "served as interim president from 31 December", the day taken, nor "… and from 1964 as commander"
	}
	i := strings.LastIndexAny(head, ",(")
	return i >= 0 && isTitleApposition(trimBoundWords(paddedWordList(head[i+1:])), tenseNone, off)
}

// heldOffice reports whether w, the words of a clause before a range or
// an "until" with the bound's words taken off, end with "held office" or
// "held power" (rule office-span): "who held office from 2008 to 2011".
// To hold office over a span is a tenure, told without naming the title,
// and describes as a copula and the title would (isTenureSpan).
func heldOffice(w []string, off dateRules) bool {
	n := len(w)
	return off.on(ruleOfficeSpan) && n >= 2 && (w[n-1] == "office" || w[n-1] == "power") && w[n-2] == "held"
}

// isTitleApposition reports whether w, the words of a clause before a
// range or an "until" with the bound's words taken off, are a verbless
// phrase that gives a leader's title or "in office" (rule title-span):
// "President of Nigeria from 1979 until the coup", "PRP governor of Kano
// State, in office from 1979 to 1983", "Renamo's leader from 1979 until
// his death". An entry or an apposition that tells who held an office
// over a span describes, as a copula and the title would (isTenureSpan).
func isTitleApposition(w []string, t tense, off dateRules) bool {
	if !off.on(ruleTitleSpan) || t != tenseNone || len(w) == 0 || firstVerb(w) >= 0 {
		return false
	}
	n := len(w)
	if n >= 2 && w[n-2] == "in" && w[n-1] == "office" {
		return true
	}
	l := wordnet.Load()
	for i := n - 1; i >= 0 && i >= n-4; i-- {
		if l.Leader(w[i]) {
			return true
		}
	}
	return false
}

// trimBoundWords drops from w, the words of a clause before a date, the
// bound's own words at its end: "from", "until", "between".
func trimBoundWords(w []string) []string {
	for len(w) > 0 {
		switch w[len(w)-1] {
		case "from", "until", "till", "between":
			w = w[:len(w)-1]
		default:
			return w
		}
	}
	return w
}

// servesAs reports whether w, the words of a clause before a date, hold a
// past verb, "as" and a leader's title: "served as chairman of the
// council", "sat as president".
func servesAs(w []string) bool {
	k := slices.Index(w, "as")
	return k > 0 && (isVerbForm(w[k-1]) || isRegularPast(w[k-1])) && namesLeaderTitle(w[k+1:])
}

// namesLeaderTitle reports whether w, the words after a copula or "as",
// open with a leader's title WordNet knows within a few words
// ("president", "prime minister", "chairman of"), before any preposition.
func namesLeaderTitle(w []string) bool {
	l := wordnet.Load()
	for i := 0; i < len(w) && i < 3; i++ {
		if l.Leader(w[i]) {
			return true
		}
		if isStatePreposition(w[i]) || w[i] == "of" {
			return false
		}
	}
	return false
}

// isRulingSpan reports whether a range of years spans a rule (rule
// ruling-span): "which governed from 1923 until 1930", "who governed
// from 1998 to 2012", "led the exile government from 1966 until 1993".
// The range is told with "from"; the clause is past, and its verb before
// the range active and one of ruling: a verb whose family in WordNet
// holds a noun of a leader (govern → governor, lead → leader). Who ruled
// over a span of years is a state of the narrative, as a tenure of
// office is (isTenureSpan); the taking and the losing of power are told
// as events in their own words. A range of months or days ("governed
// from 1 October 1962 until 1 May 1963") is told as a happening with
// its bounds, and still dates.
func isRulingSpan(head string, xe dateExpr, t tense, off dateRules) bool {
	if !off.on(ruleRulingSpan) || xe.last == nil || xe.prec != PrecisionYear || xe.last.prec != PrecisionYear || t != tensePast && t != tensePastPerfect {
		return false
	}
	w := paddedWordList(head)
	if len(w) == 0 || w[len(w)-1] != "from" {
		return false // "governed 2004–2012": the span named, not a rule told over it
	}
	w = trimBoundWords(w)
	v, at := stativeVerbBefore(w)
	return at >= 0 && !(at > 0 && isBeForm(w[at-1])) && isRulingVerb(v)
}

// isPeriodRange reports whether a range follows "from" or "between"
// after a preposition, "the" and a noun of a period of time, WordNet's
// "period" or a word one step from it ("throughout the period from April
// until November 1992", "figures given for the years from 1977 to 1979";
// rule period-range). The phrase names the period as what the clause is
// about, a span its figures or doings are spread over, and places no
// happening at either end: a duration, no event. A count or an
// apposition ("eighteen months from June 1919", "over a week, from 4 to
// 11 April", "the following year, between 22 and 23 August") tells
// how long a happening took, and dates.
func isPeriodRange(head string, xe dateExpr, off dateRules) bool {
	if !off.on(rulePeriodRange) || xe.last == nil {
		return false
	}
	w := paddedWordList(head)
	n := len(w)
	if n < 4 || w[n-1] != "from" && w[n-1] != "between" || w[n-3] != "the" || !isStatePreposition(w[n-4]) {
		return false
	}
	l := wordnet.Load()
	return l.HasKin(w[n-2], "period") || slices.Contains(l.Lemmas(w[n-2]), "period")
}

// isRulingVerb reports whether v is a form of a verb of ruling: one
// whose family of words (see wordnet.Lexicon.Forms) holds a noun WordNet
// knows as a kind of leader ("governed": governor; "led": leader).
// ("Ruled", whose "ruler" WordNet files first as a measuring stick, is
// not one; taking in the verbs a step from such a verb, as "rule" is
// from "command", removed one false event on dev and lost one right,
// "ruled the country from 1975 to 1979".)
func isRulingVerb(v string) bool {
	l := wordnet.Load()
	if isAuxiliary(v) || l.Leader(v) {
		return false
	}
	return slices.ContainsFunc(l.Forms(v), l.Leader)
}

// isContinuedToYear reports whether a lone year after "until",
// "through" or "into" bounds a verb of going on (rule continued-year):
// "The fighting continued until 2001", "the talks continued
// intermittently, without result, through the middle of 2013". A year
// is too coarse a point for the going on to have stopped then: the
// clause tells how long things went on, no event; a month or a day
// ("lasted until August 1937", "continued until 25 June") ends a
// happening and dates, and so does a year that closes a span with its
// start ("lasted from 1963 until 1966").
func isContinuedToYear(head string, xe dateExpr, off dateRules) bool {
	if !off.on(ruleContinuedYear) || xe.last != nil || xe.prec != PrecisionYear {
		return false
	}
	w := paddedWordList(head)
	for len(w) > 0 && (w[len(w)-1] == "about" || w[len(w)-1] == "around") {
		w = w[:len(w)-1]
	}
	if len(w) < 2 || !isBoundToward(w[len(w)-1]) {
		return false
	}
	for k := len(w) - 2; k >= 1 && k >= len(w)-7; k-- {
		if isContinueForm(w[k]) && !isBeForm(w[k-1]) {
			return true
		}
	}
	return false
}

// isBoundToward reports whether w is a preposition that carries a
// verb of going on to where it ends: "until", "till", "through", "into".
func isBoundToward(w string) bool { return w == "until" || w == "till" || isThroughOrInto(w) }

// isWishedStateUntil reports whether a date after "until" ends a state in
// an infinitive with a subject of its own after "for", which a clause
// asks, allows or campaigns for (rule wished-state): "campaigned for
// General Babangida to stay in office until 1997", "provided for Bozizé
// to remain in office until the end of his term in 2016". The clause
// tells what someone wants to last, neither a happening at the date nor
// one set for it. An infinitive a plan governs ("is due to stay in force
// until 19 January") announces the end, and one that goes on what the
// clause told ("continued to hold until 8 March") ends it: both date.
// head is the clause's words before the date.
func isWishedStateUntil(head string, xe dateExpr, off dateRules) bool {
	if !off.on(ruleWishedState) || !xe.until || xe.last != nil {
		return false
	}
	w := trimBoundWords(paddedWordList(head))
	k := slices.Index(w, "to")
	for k >= 0 && k+1 < len(w) && !isStativeBare(w[k+1]) {
		next := slices.Index(w[k+1:], "to")
		if next < 0 {
			return false
		}
		k += 1 + next
	}
	if k < 2 || k+1 >= len(w) || !slices.Contains(w[max(0, k-5):k-1], "for") {
		return false // no infinitive of being with a subject of its own after "for": "continued to hold", "is due to stay"
	}
	obj := w[k+2:]
	return !objectNamesHappening(obj) && !hasFiniteAfter(obj)
}

// isStativeBare reports whether v, a bare form after "to", is a verb of
// being: one WordNet files with "be" ("stay", "remain"), or whose most
// frequent sense is stative ("hold").
func isStativeBare(v string) bool {
	l := wordnet.Load()
	return !isBeForm(v) && v != "have" && (l.HasKin(v, "be") || l.Stative(v))
}
