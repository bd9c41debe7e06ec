package corpus

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang/verbs"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// tense is what the verb group governing a date says of its time, which
// decides the direction a date without a year may be placed in.
type tense int

const (
	tenseNone        tense = iota // no finite verb found: a caption or a list
	tensePast                     // "seized", "was killed"
	tensePastPerfect              // "had fled": before the narrative's time
	tensePerfect                  // "have arrived", "has been deployed"
	tensePresent                  // "takes office", "is in custody"
	tenseFuture                   // "will meet", "is due to", "scheduled for"
	// tenseShared: only forms the past shares with the present ("they
	// set", "rebels put"), which the sentence around decides (see
	// sentenceScan.tense); past when nothing does.
	tenseShared
	// tenseUnread marks a tense not yet read, for callers that read one
	// lazily.
	tenseUnread
	// tensePastPlan: the date a plan told in the past aims at ("talks
	// were scheduled for June"; see pastPlanTense). It takes the
	// narrative's year and moves the narrative as a past date does; it
	// is scheduled only where it lies after the moment of writing, or
	// where there is none.
	tensePastPlan
)

// clauseTense reads the tense of a clause from its auxiliaries and verb
// forms: the closed classes of English grammar, not a list of events.
//
//   - A modal of the future or an announcement ("will", "shall", "must",
//     "is due to", "is to", "is scheduled", "planned for") makes it future.
//   - A past auxiliary ("was", "were", "had", "did") or a past form (an
//     irregular past such as "took", or an -ed form that no auxiliary or
//     determiner governs) makes it past.
//   - "has" or "have" with a participle makes it perfect: the past as seen
//     from the moment of writing.
//   - Any other finite verb ("takes", "is", "meets") makes it present.
//
// Only the part of the clause on the date's side of a "that" counts: in
// "announced today that the Government will send troops" the date goes
// with "announced".
func clauseTense(scope string, at int) tense {
	padded := paddedWords(thatSide(scope, at))
	if hasFutureCueWords(padded) {
		return tenseFuture
	}
	var buf [48]string
	words := paddedFields(buf[:0], padded)
	perfect := false
	for i, w := range words {
		prev := ""
		if i > 0 {
			prev = words[i-1]
		}
		switch {
		case w == "had" && i+1 < len(words) && (isParticiple(words[i+1]) || i+2 < len(words) && isParticiple(words[i+2])):
			return tensePastPerfect
		case w == "was" || w == "were" || w == "had" || w == "did":
			return tensePast
		case isParticiple(w) && (prev == "has" || prev == "have" || prev == "been" || (i > 1 && words[i-2] == "has" || i > 1 && words[i-2] == "have")):
			perfect = true
		case isIrregularPast(w) && !isParticipleOnly(w) && !isPresentPassiveAt(words, i) || (isRegularPast(w) && !governsParticiple(prev) && !isPresentPassiveAt(words, i)) || isBarePastAt(words, i):
			return tensePast
		}
	}
	switch {
	case perfect:
		return tensePerfect
	case hasPresentForm(words):
		return tensePresent
	case hasEventVerbWords(words):
		// Only forms that are past and present alike ("beat", "put").
		return tenseShared
	}
	return tenseNone
}

// isStativePresent reports whether a present clause states what is ("the
// country is calm", "it has 3,000 troops") rather than what happens ("is
// announcing", "signs"): its only present forms are "is", "are", "has"
// and the like, with no -ing form after them. Only the words before a
// relative pronoun count: "has a president and an insurgency that is
// losing ground" states what is.
func isStativePresent(scope string) bool {
	words := paddedWordList(scope)
	for i, w := range words {
		switch w {
		case "that", "which", "who":
			return true // a relative clause's verbs are its noun's, not the clause's
		case "is", "are", "am":
			if i+1 < len(words) && len(words[i+1]) > 4 && strings.HasSuffix(words[i+1], "ing") {
				return false // "is announcing"
			}
		case "has", "have", "does", "do":
		default:
			if isPresentAt(words, i) {
				return false
			}
		}
	}
	return true
}

// hasPresentForm reports whether words hold a finite verb that is present
// only: a present auxiliary, or a verb's present as isPresentAt reads it.
// Forms shared with the past ("beat", "set") do not count.
func hasPresentForm(words []string) bool {
	for i := range words {
		if isPresentAt(words, i) {
			return true
		}
	}
	return false
}

// isAuxiliaryPresent reports whether w is a present form of "be", "have"
// or "do".
func isAuxiliaryPresent(w string) bool {
	switch w {
	case "is", "are", "am", "has", "have", "does", "do":
		return true
	}
	return false
}

// isPresentAt reports whether words[i] is a finite verb in the present,
// read from WordNet's verbs and the words around it rather than from a
// list of event verbs:
//   - a present auxiliary ("is", "has");
//   - the -s form of a verb that is a verb first (see verbs.IsVerbFirst)
//     after a word that can end its subject ("the president takes",
//     "parliament reconvenes"; not "the talks", "held talks", "round of
//     votes");
//   - the bare form of such a verb after a plural subject ("leaders
//     gather", "they meet"), unless its past is the same ("gunmen hit").
//
// A word followed by "of" is a noun ("the ends of the mandate").
func isPresentAt(words []string, i int) bool {
	w := words[i]
	if isAuxiliaryPresent(w) {
		return true
	}
	if i == 0 || i+1 < len(words) && words[i+1] == "of" {
		return false
	}
	v, prev := verbs.Load(), words[i-1]
	if i > 1 && isPreverbAdverb(prev) {
		prev = words[i-2] // "Jammu and Ladakh still face", "the army now holds"
	}
	if v.PresentLemma(w) != "" {
		return endsSubject(prev)
	}
	return v.IsVerbFirst(w) && !v.IsSameInPast(w) && (endsPluralSubject(prev) || isCoordinatedSubject(words, i))
}

// isCoordinatedSubject reports whether the words before words[i] end in
// two nouns joined by "and", a plural subject whatever the nouns' number
// ("Jammu and Ladakh face", "the army and the police patrol"); i may
// follow an adverb (see isPreverbAdverb).
func isCoordinatedSubject(words []string, i int) bool {
	k := i - 1
	if k > 0 && isPreverbAdverb(words[k]) {
		k--
	}
	return k >= 2 && words[k-1] == "and" && endsSingularSubject(words[k]) && endsSubject(words[k-2])
}

// isBarePastAt reports whether words[i] is a past in the form of the
// verb's bare form ("put", "spread", "cast"): a verb that may be its own
// past (one WordNet shows to be, or a verb first that ends in -t or -d,
// where English merges the past ending into the stem) after a subject in
// the singular, which in the present would have given it an -s ("the
// army put", "cholera spread"). After a plural subject ("gunmen hit") the
// form is ambiguous and left to the narrative.
func isBarePastAt(words []string, i int) bool {
	if i == 0 || i+1 < len(words) && words[i+1] == "of" {
		return false
	}
	w, v, subj := words[i], verbs.Load(), words[i-1]
	if i > 1 && isPreverbAdverb(subj) {
		subj = words[i-2] // "leaders now meet"
	}
	td := strings.HasSuffix(w, "t") || strings.HasSuffix(w, "d")
	return (v.IsSameInPast(w) || td && v.IsVerbFirst(w)) && endsSingularSubject(subj) && !isCoordinatedSubject(words, i)
}

// endsSubject reports whether w can be the last word of a verb's subject:
// not a word that a noun follows (a determiner, a preposition, a number,
// "to", a conjunction) and not a verb, whose object the next word would
// be ("held talks").
func endsSubject(w string) bool {
	return isYearWord(w) || !leadsNoun(w) && !isDateNumberWord(w) && !isVerbForm(w) && verbs.Load().PresentLemma(w) == ""
}

// isYearWord reports whether w is a year in digits, which may end a
// subject ("the triumph in 1979 remains"), unlike a count ("two talks").
func isYearWord(w string) bool {
	if len(w) != 4 || !isAllDigits(w) {
		return false
	}
	return w[0] == '1' || w[0] == '2'
}

// endsPluralSubject reports whether w can end a plural subject: "they",
// "we", a plural noun in -s ("leaders", "talks") or an irregular one
// ("gunmen", "children").
func endsPluralSubject(w string) bool {
	switch w {
	case "they", "we", "you", "i":
		return true
	}
	if isIrregularPlural(w) {
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	return !leadsNoun(w) && !isVerbForm(w) && !isAdverbOfTime(w)
}

// isIrregularPlural reports whether w is a noun's plural not in -s, as
// WordNet's inflections give it: a base that w extends ("children" of
// "child"), or a compound in -man whose plural is -men ("gunmen",
// "women", "men"). Verb forms ("led" of "lead", "controlling" of
// "control", whose doubled consonant WordNet lists as irregular) are
// not, nor are comparatives ("better" of "good"), whose base w does not
// extend.
func isIrregularPlural(w string) bool {
	if len(w) < 3 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || isVerbForm(w) {
		return false
	}
	lex := wordnet.Load()
	for _, b := range lex.IrregularBases(w) {
		if b != w && strings.HasPrefix(w, b) {
			return true
		}
	}
	stem, men := strings.CutSuffix(w, "men")
	return men && lex.Knows(stem+"man")
}

// endsSingularSubject reports whether w can end a subject in the
// singular: "he", "she", "it", or a word that is no plural, no function
// word, no verb and no adverb ("army", "cholera").
func endsSingularSubject(w string) bool {
	switch w {
	case "he", "she", "it":
		return true
	case "who", "which", "that", "they", "we", "you", "i":
		return false
	}
	return len(w) > 2 && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ly") && endsSubject(w) && !isAdverbOfTime(w)
}

// leadsNoun reports whether w is a function word that a noun phrase
// follows: a determiner, a possessive, a quantifier, a preposition, a
// conjunction, "to" or a modal.
func leadsNoun(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "that",
		"some", "many", "several", "all", "both", "each", "every", "no", "any", "few", "other", "such",
		"of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "over", "under", "between", "after",
		"before", "during", "against", "among", "about", "across", "through", "as", "than", "per", "via",
		"and", "or", "but", "nor", "if", "whether", "because", "while", "when", "where",
		"will", "would", "shall", "should", "can", "could", "may", "might", "must", "not":
		return true
	}
	return false
}

// thatSide returns the part of s, split at the conjunction "that", that
// holds byte at: "signalled that Indonesia might …" is not conditional
// before the "that", nor future in "announced today that … will".
func thatSide(s string, at int) string {
	t, _ := thatSideAt(s, at)
	return t
}

// thatSideAt is thatSide, with at as an offset into the part returned.
func thatSideAt(s string, at int) (string, int) {
	t, from := thatSideShift(s, at)
	return t, at - from
}

// thatSideShift is thatSide, with the offset in s the part returned
// starts at.
func thatSideShift(s string, at int) (string, int) {
	from, to := 0, len(s)
	for i := 0; ; {
		k := indexThat(s, i)
		if k < 0 {
			break
		}
		if subordinatorBefore(s[:k]) {
			i = k + 1
			continue
		}
		if k < at {
			from = k + 1
		} else {
			to = k
			break
		}
		i = k + 1
	}
	return s[from:to], from
}

// indexThat returns the offset of the first " that " in s at or after i,
// in any ASCII case, or -1: what strings.Index(lowerASCII(s)[i:], " that ")
// finds, plus i, without lowering a copy.
func indexThat(s string, i int) int {
	for {
		k := strings.IndexByte(s[i:], ' ')
		if k < 0 {
			return -1
		}
		k += i
		if k+6 <= len(s) && s[k+5] == ' ' && strings.EqualFold(s[k+1:k+5], "that") && isASCII(s[k+1:k+5]) {
			return k
		}
		i = k + 1
	}
}

// subordinatorBefore reports whether before ends with a conjunction that
// opens an adverbial clause: "that" after it is a pronoun or a
// determiner, no complementiser ("If that were to happen in January").
func subordinatorBefore(before string) bool {
	w := before[strings.LastIndexByte(before, ' ')+1:]
	if len(w) < 2 || len(w) > 8 {
		return false // the cheap test first: most words are longer
	}
	switch strings.ToLower(w) {
	case "if", "unless", "whether", "when", "because", "although", "though", "while":
		return true
	}
	return false
}

// isRegularPast reports whether w has the regular past ending -ed.
// Words that merely end so ("need", "hundred", "sacred") do not: WordNet
// knows them as other words.
//
// A compound ("Indian-held", "UN-brokered", "Pakistan-administered") is
// an adjective, unless WordNet knows the compound as a verb ("re-elected",
// "counter-attacked").
func isRegularPast(w string) bool {
	if !strings.Contains(w, "-") {
		return verbs.Load().IsRegularPast(w)
	}
	joined := strings.ReplaceAll(w, "-", "")
	return verbs.Load().IsRegularPast(joined) && len(wordnet.Load().Lemmas(joined)) > 0
}

// isParticiple reports whether w can be a past participle: regular, one
// of WordNet's irregular forms ("taken", "fought"), an auxiliary's
// ("been", "had", "done"), or one of the few whose participle is their
// bare form while their past is not ("has become", "had run"), which
// WordNet's table of irregular forms, keyed by the form that differs,
// cannot show.
func isParticiple(w string) bool {
	return w == "been" || w == "had" || w == "done" || isRegularPast(w) || verbs.Load().IsIrregularPast(w) || isBareParticiple(w)
}

// isBareParticiple reports whether w is a participle in its verb's bare
// form, a closed class: "come" and the verbs made on it, "run" and the
// verbs made on it.
func isBareParticiple(w string) bool {
	switch w {
	case "come", "become", "overcome", "run", "overrun", "outrun", "rerun":
		return true
	}
	return false
}

// governsParticiple reports whether a word before an -ed form makes it a
// participle or an adjective rather than a past verb: "is expected", "has
// signed", "the elected president", "a newly formed militia".
func governsParticiple(prev string) bool {
	switch prev {
	case "is", "are", "am", "be", "been", "being", "has", "have", "having", "get", "gets",
		"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those",
		"newly", "recently", "jointly", "democratically", "so", "well", "not":
		return true
	}
	return false
}

// isPresentPassiveAt reports whether the past form at words[i] follows a
// present of "be" and an adverb: "are still marked as holidays", "are
// still kept as", "is widely seen as". The adverb keeps the participle
// from its auxiliary; the two are one present passive.
func isPresentPassiveAt(words []string, i int) bool {
	if i < 2 || !isPreverbAdverb(words[i-1]) {
		return false
	}
	switch words[i-2] {
	case "is", "are", "am":
		return true
	}
	return false
}

// isIrregularPast reports whether w is an irregular past form, from
// WordNet's exceptions ("took", "fought", "withdrew", "taken"), that is
// not also a present one ("took", not "put").
func isIrregularPast(w string) bool {
	return verbs.Load().IsIrregularPast(w) && !isSameInPast(w)
}

// isParticipleOnly reports whether w is an irregular past participle
// that is never a past tense: the strong participles in -en and -wn
// ("chosen", "taken", "shown"), which English keeps apart from the past
// ("chose", "took", "showed"); every such form of WordNet's is one.
// Without an auxiliary before it ("a president chosen inside its own
// borders") it is a reduced relative, no finite verb.
func isParticipleOnly(w string) bool {
	return strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn")
}

// isSameInPast reports whether w is a verb whose past is its present
// ("put", "beat", "set"), as WordNet's irregular forms show: a past only
// by context (see isBarePastAt).
func isSameInPast(w string) bool { return verbs.Load().IsSameInPast(w) }

// isTargetBefore reports whether head, the words before a date, end in
// a participle and "for": "independence, which was fixed for 11
// November", "a vote set for March". The date is the one a plan aims
// at, which lies ahead of the time the plan was made, as "scheduled
// for" says (see hasFutureCueWords).
func isTargetBefore(head string) bool {
	head = trimRight(head, " ")
	if !strings.HasSuffix(head, " for") {
		return false // most dates: no need to read the words
	}
	v := trailingWord(head[:len(head)-len(" for")])
	return v != "" && isASCII(v) && (isParticiple(lowerASCII(v)) || isSameInPast(lowerASCII(v)))
}

// isProspectiveBefore reports whether the verb group nearest before byte
// at of scope, the date's, is a passive infinitive: "elections to be
// organised within months", "required troops to be withdrawn by March",
// "was to be held in May". The infinitive puts what it names after the
// time of its clause, as a plan or an obligation, so the date is one to
// come, never a report that it happened (tense future). "Only to be"
// tells the next thing that did happen ("won the presidency, only to be
// assassinated on 2 March") and a finite verb between the infinitive and
// the date governs the date itself.
func isProspectiveBefore(scope string, at int) bool {
	head := scope[:at]
	if isTargetBefore(head) {
		return true
	}
	k := strings.LastIndex(head, " to be ") // lower case: a clause does not open with it
	if k < 0 {
		return false
	}
	if strings.EqualFold(trailingWord(head[:k]), "only") {
		return false
	}
	rest := paddedWordList(head[k+len(" to be "):])
	if len(rest) > 0 && isAdverbOfTime(rest[0]) {
		rest = rest[1:] // "to be gradually withdrawn"
	}
	return len(rest) > 0 && isParticiple(rest[0]) && !hasEventVerbWords(rest[1:])
}

// isPastAuxiliary reports whether w is a past auxiliary that opens a
// clause's verb: "had", "was", "were". It lives outside the date
// grammar's files: no expression starts at these words, and the
// scanner's pre-filter (mayStart) need not stop at them.
func isPastAuxiliary(w string) bool { return w == "had" || w == "was" || w == "were" }

// opensAdjunct reports whether w, a preposition, opens a phrase that
// adds to a clause: "sent that morning to several governments", "fled
// that night into the hills". A "that" complementiser is followed by a
// subject, not by one of these.
func opensAdjunct(w string) bool {
	switch w {
	case "to", "from", "with", "for", "by", "into", "across", "through", "towards", "toward", "against":
		return true
	}
	return false
}

// isComparingWord reports whether w sets what follows against what came
// before: "than", "below", "above", "like", "unlike", "as". It lives
// outside the date grammar's files: no expression starts at it.
func isComparingWord(w string) bool {
	switch w {
	case "than", "below", "above", "like", "unlike", "as":
		return true
	}
	return false
}

// blankReducedRelative blanks, byte for byte, a past participle that
// follows a noun and governs the date at byte at through a preposition,
// when a finite "be", "have" or "remain" follows the date with no verb
// between (rule reduced-relative): "the number of people killed between
// 1965 and 1979 is unknown", "the men arrested in 1970 were released".
// The participle qualifies the subject; the clause's tense is the verb
// after it, so a present there states what is now.
func blankReducedRelative(scope string, at int, off dateRules) string {
	words, ok := lastWordSpans(scope[:at])
	if !ok || !isDatePreposition(scope[words[2][0]:words[2][1]]) {
		return scope
	}
	part := strings.ToLower(scope[words[1][0]:words[1][1]])
	noun := strings.ToLower(scope[words[0][0]:words[0][1]])
	if !isParticiple(part) || governsParticiple(noun) || isSubjectPronoun(noun) || !endsSubject(noun) || !copulaFollows(scope[at:], off) {
		return scope
	}
	return scope[:words[1][0]] + strings.Repeat(" ", words[1][1]-words[1][0]) + scope[words[1][1]:]
}

// blankAgentParticiple blanks, byte for byte, each regular past form that
// an agent's "by" follows, directly or after an adverb ("is often marked
// by", "a holiday observed chiefly by"), in a clause whose words before
// it hold a present "be" and no past form (rule agent-participle). Such a
// form is the present passive's participle or a reduced relative on the
// noun before it; the clause's tense is the present's. A past before it
// ("was marked by", "fighters captured the town, supported by") keeps
// the past.
func blankAgentParticiple(scope string) string {
	lower := lowerASCII(scope) // byte for byte: its offsets are scope's
	if !strings.Contains(lower, " by ") {
		return scope // most dates: no agent
	}
	var out []byte
	for at := range occurrences(lower, " by ") {
		head := paddedWordList(lower[:at])
		n := len(head)
		if n >= 2 && isPreverbAdverb(head[n-1]) {
			n--
		}
		if n < 2 || !isRegularPast(head[n-1]) || !presentBeOnly(head[:n-1]) {
			continue
		}
		start := strings.LastIndex(lower[:at], head[n-1])
		if start < 0 {
			continue
		}
		if out == nil {
			out = []byte(scope)
		}
		for i := start; i < start+len(head[n-1]); i++ {
			out[i] = ' '
		}
	}
	if out == nil {
		return scope
	}
	return string(out)
}

// presentBeOnly reports whether words hold a present "be" and no form
// that is past: the clause so far is in the present.
func presentBeOnly(words []string) bool {
	be := false
	for _, w := range words {
		switch {
		case w == "is" || w == "are" || w == "am":
			be = true
		case w == "was" || w == "were" || w == "had" || w == "did" || isRegularPast(w) || isIrregularPast(w):
			return false
		}
	}
	return be
}

// isDatePreposition reports whether w may open the phrase of a date a
// participle governs: "killed in 1970", "held between 3 and 5 May".
func isDatePreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "on", "between", "during", "from", "over", "at", "around":
		return true
	}
	return false
}

// copulaFollows reports whether the first verb after the date that opens
// rest is a finite "be", "have" or "remain", with only the date's words,
// numbers and words that are no verbs before it. A clause opened before
// it, by a subject pronoun or a complementiser ("announced on Tuesday
// that they were suspending"), holds that verb: it is no copula of the
// noun before the participle (ruleClauseCopula).
func copulaFollows(rest string, off dateRules) bool {
	for _, w := range paddedWordList(rest) {
		if off.on(ruleClauseCopula) && opensOwnClause(w) {
			return false
		}
		switch w {
		case "is", "are", "was", "were", "has", "have", "had", "remains", "remain", "remained":
			return true
		}
		if isVerbForm(w) || verbs.Load().PresentLemma(w) != "" {
			return false
		}
	}
	return false
}

// opensOwnClause reports whether w, lower-cased, opens a clause with a
// verb of its own: a subject pronoun ("they were") or a word that
// introduces a clause ("that", "which", "who", "because").
func opensOwnClause(w string) bool {
	switch w {
	case "that", "which", "who", "whom":
		return true
	}
	return isSubjectPronoun(w) || subordinatorBefore(w)
}

// lastWordSpans returns the byte spans of the last three words (runs of
// letters, digits, hyphens and apostrophes) of s, in order, reading back
// from its end only as far as they reach; ok is false when s holds fewer.
// Every date of every sentence asks this, so nothing is allocated.
func lastWordSpans(s string) (spans [3][2]int, ok bool) {
	n, end := 0, -1
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		in := isWordRune(r) || r == '-' || r == '\'' || r == '’'
		switch {
		case in && end < 0:
			end = i
		case !in && end >= 0:
			n++
			spans[3-n] = [2]int{i, end}
			end = -1
			if n == 3 {
				return spans, true
			}
		}
		i -= size
	}
	if end >= 0 {
		n++
		spans[3-n] = [2]int{0, end}
	}
	return spans, n == 3
}

// isOpenBareAt reports whether words[i] is read as a present only by its
// place after a plural subject (see isPresentAt) while it may be its own
// past: a bare verb in -t or -d, where English merges the past ending
// into the stem, that WordNet lists no past of its own for. "Protests
// spread" and "crowds burst" are past as often as "talks start" is
// present; "leaders meet" is a present, its past being "met"
// (verbs.HasOwnPast). Verbs WordNet shows to be their own past ("put",
// "hit") are read as shared forms already.
func isOpenBareAt(words []string, i int) bool {
	w := words[i]
	if !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "d") {
		return false
	}
	v := verbs.Load()
	return v.PresentLemma(w) == "" && !v.HasOwnPast(w) && isPresentAt(words, i)
}

// presentOnlyOpenBare reports whether the present clauseTense reads in
// scope, for the date at byte at, rests on open bare forms alone (see
// isOpenBareAt), with no other present form on the date's side of a
// "that".
func presentOnlyOpenBare(scope string, at int) bool {
	words := paddedWordList(thatSide(scope, at))
	open := false
	for i := range words {
		if !isPresentAt(words, i) {
			continue
		}
		if !isOpenBareAt(words, i) {
			return false
		}
		open = true
	}
	return open
}

// tenseWithoutOpenBare is clauseTense of s, from its start, with its open
// bare forms (see isOpenBareAt) left out: the tense the rest of its
// words give.
func tenseWithoutOpenBare(s string) tense {
	words := paddedWordList(s)
	var b strings.Builder
	b.WriteByte(' ')
	for i, w := range words {
		if isOpenBareAt(words, i) {
			continue
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return clauseTense(b.String(), 0)
}

// nounBeforeVerbAt reports whether words[i], a word in -s that may be a
// verb's present (see verbs.PresentLemma), stands straight before a verb
// whose past is its bare form ("estimates put", "attacks hit"): a
// present does not run into another finite verb, so the word is the
// plural noun that heads the subject (rule noun-before-verb). Other
// verbs after it need no such reading: a past in -ed or an irregular
// one ("estimates showed", "attacks took") gives the clause its tense
// before any present counts, and may be an adjective ("sends armed
// police").
func nounBeforeVerbAt(words []string, i int) bool {
	v := verbs.Load()
	return i+1 < len(words) && v.IsSameInPast(words[i+1]) && v.PresentLemma(words[i]) != ""
}

// presentOnlyNounBeforeVerb reports whether the present clauseTense
// reads in scope, for the date at byte at, rests on words that are
// plural nouns before a verb alone (see nounBeforeVerbAt).
func presentOnlyNounBeforeVerb(scope string, at int) bool {
	words := paddedWordList(thatSide(scope, at))
	noun := false
	for i := range words {
		if !isPresentAt(words, i) {
			continue
		}
		if !nounBeforeVerbAt(words, i) {
			return false
		}
		noun = true
	}
	return noun
}

// withNounsBeforeVerbs returns s's words, padded, with each plural noun
// before a verb (see nounBeforeVerbAt) read as what it is, a plural
// subject: "they" stands in its place, which no reading takes for a
// verb ("police estimates put" → "police they put").
func withNounsBeforeVerbs(s string) string {
	words := paddedWordList(s)
	var b strings.Builder
	b.WriteByte(' ')
	for i, w := range words {
		if nounBeforeVerbAt(words, i) {
			w = "they"
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

// isReducedRelativeHead reports whether head, the words of a clause
// before a date, end in a reduced relative that the date belongs to: a
// past participle right after a noun, after the clause's own finite verb,
// and only a complement or a preposition between it and the date ("its
// members were former samurai of the northern domains defeated by
// Satsuma in"). The participle describes the noun; its date is the
// noun's past, not the clause's time (rule reduced-backstory).
func isReducedRelativeHead(head string) bool {
	words := paddedWordList(head)
	for i := len(words) - 1; i > 1; i-- {
		w := words[i]
		if isFiniteAt(words, i) && !isParticiple(w) {
			return false // a verb nearer the date governs it
		}
		if !isParticiple(w) || !isRegularPast(w) && !isParticipleOnly(w) {
			continue
		}
		noun := words[i-1]
		if governsParticiple(noun) || isSubjectPronoun(noun) || !endsSubject(noun) || isAuxiliary(noun) || isPreverbAdverb(noun) {
			return false
		}
		return slices.ContainsFunc(words[:i-1], isPastFinite)
	}
	return false
}

// isFiniteAt reports whether words[i] is an auxiliary or a past form.
func isFiniteAt(words []string, i int) bool {
	return isAuxiliary(words[i]) || isPastFinite(words[i]) || isPresentAt(words, i)
}

// isPastFinite reports whether w is a past of "be" or "have", or an
// irregular past that is not a participle alone ("went", "held"; not
// "taken").
func isPastFinite(w string) bool {
	return w == "was" || w == "were" || w == "had" || isIrregularPast(w) && !isParticipleOnly(w)
}

// blankNameAm returns scope with each "am" that has no "I" before it
// blanked (rule first-person-am). "am" is the present of "be" for the
// first person singular alone ("I am", "I still am", "am I"); after any
// other word it is no verb but a word of a name ("Frankfurt am Main")
// or of a clock ("10 am"), and must not make its clause a present.
func blankNameAm(scope string) string {
	lower := lowerASCII(scope) // byte for byte: its offsets are scope's
	if !strings.Contains(lower, "am") {
		return scope
	}
	var out []byte
	for at := range occurrences(lower, " am") {
		end := at + len(" am")
		if end < len(lower) && isWordRune(rune(lower[end])) || hasFirstPersonBefore(lower[:at]) || strings.HasPrefix(lower[end:], " i ") {
			continue
		}
		if out == nil {
			out = []byte(scope)
		}
		out[at+1], out[at+2] = ' ', ' '
	}
	if out == nil {
		return scope
	}
	return string(out)
}

// hasFirstPersonBefore reports whether head, lower case, ends with "i",
// or "i" and one adverb ("I still"): the subject "am" takes.
func hasFirstPersonBefore(head string) bool {
	w := paddedWordList(head)
	n := len(w)
	return n >= 1 && w[n-1] == "i" || n >= 2 && w[n-2] == "i" && isPreverbAdverb(w[n-1])
}
