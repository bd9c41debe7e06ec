package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/verbs"
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
	words := strings.Fields(padded)
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
		case isIrregularPast(w) || (isRegularPast(w) && !governsParticiple(prev)):
			return tensePast
		}
	}
	switch {
	case perfect:
		return tensePerfect
	case hasPresentForm(words):
		return tensePresent
	case hasEventVerbWords(words):
		// Only forms that are past and present alike ("beat", "put"):
		// narration is in the past.
		return tensePast
	}
	return tenseNone
}

// isStativePresent reports whether a present clause states what is ("the
// country is calm", "it has 3,000 troops") rather than what happens ("is
// announcing", "signs"): its only present forms are "is", "are", "has"
// and the like, with no -ing form after them.
func isStativePresent(scope string) bool {
	words := strings.Fields(paddedWords(scope))
	for i, w := range words {
		switch w {
		case "is", "are", "am":
			if i+1 < len(words) && len(words[i+1]) > 4 && strings.HasSuffix(words[i+1], "ing") {
				return false // "is announcing"
			}
		case "has", "have", "does", "do":
		default:
			if hasPresentForm([]string{w}) {
				return false
			}
		}
	}
	return true
}

// hasPresentForm reports whether words hold a verb form that is present
// only: a present auxiliary, or a present form of a common event verb
// ("takes", "begin"). Forms shared with the past ("beat", "set") do not
// count.
func hasPresentForm(words []string) bool {
	for _, w := range words {
		if isAuxiliaryPresent(w) || isPresentEventForm(w) {
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

// isPresentEventForm reports whether w is a present form of a verb that
// opens or closes something, or that reports: the events an announcement
// schedules ("takes office", "expires", "meets"). WordNet does not say
// which present forms are seldom plural nouns: SemCor's counts are by
// lemma, and read "ends", "votes" and "marks" as verbs as readily as
// "takes", so this stays a closed list.
func isPresentEventForm(w string) bool {
	switch w {
	case "begins", "takes", "ends", "comes", "holds", "meets", "opens", "starts", "arrives", "marks", "expires",
		"falls", "signs", "launches", "votes", "returns", "leaves", "enters", "closes", "reaches", "says", "lapses",
		"begin", "take", "hold", "meet", "open", "start", "end", "sign", "vote", "arrive", "leave":
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
	lower := lowerASCII(s)
	from, to := 0, len(s)
	for i := 0; ; {
		k := strings.Index(lower[i:], " that ")
		if k < 0 {
			break
		}
		k += i
		if k < at {
			from = k + 1
		} else {
			to = k
			break
		}
		i = k + 1
	}
	return s[from:to], at - from
}

// isRegularPast reports whether w has the regular past ending -ed.
// Words that merely end so ("need", "hundred", "sacred") do not: WordNet
// knows them as other words.
func isRegularPast(w string) bool { return verbs.Load().IsRegularPast(w) }

// isParticiple reports whether w can be a past participle: regular, one
// of WordNet's irregular forms ("taken", "fought"), or an auxiliary's
// ("been", "had", "done").
func isParticiple(w string) bool {
	return w == "been" || w == "had" || w == "done" || isRegularPast(w) || verbs.Load().IsIrregularPast(w)
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

// isIrregularPast reports whether w is an irregular past form, from
// WordNet's exceptions ("took", "fought", "withdrew", "taken"), that is
// not also a present one ("took", not "put").
func isIrregularPast(w string) bool {
	return verbs.Load().IsIrregularPast(w) && !isSameInPast(w)
}

// isSameInPast reports whether w is a verb whose past is its present
// ("put", "beat", "set"): a past only by context. English has a few
// dozen; WordNet's exceptions list none of them, so they are the one
// closed list of verb forms here.
func isSameInPast(w string) bool {
	switch w {
	case "let", "set", "quit", "hit", "split", "spread", "shed", "cast", "put", "cut", "beat", "bet", "burst", "cost", "hurt", "shut", "upset", "broadcast", "forecast", "read":
		return true
	}
	return false
}
