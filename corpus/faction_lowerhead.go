package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// maxLowerModifiers bounds the lower-case words findByLowerHead lets stand
// between a proper name and its head noun ("motor-rifle", "tank").
const maxLowerModifiers = 2

// findByLowerHead reads a unit or body a writer names by a proper name
// over a lower-case noun whose first sense is a kind of organization,
// with at most two lower-case modifiers between: "the Kantemirovskaya
// tank division", "the Tula airborne division". The noun says what the
// name is. As for findByLowerParty (which keeps "party"), places,
// peoples, the briefing's people and letters are left out: "the French
// government" is a country acting, "the Yeltsin government" a man's.
// A plural head describes several bodies and is left out too.
func findByLowerHead(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for j := 2; j < len(words); j++ {
		if name, ok := lowerHeadName(p, words, lower, j); ok {
			out = append(out, p.cand(name, scoreMention))
		}
	}
	return out
}

// lowerHeadName returns the name findByLowerHead reads with words[j] as
// its head noun, and whether there is one.
func lowerHeadName(p *para, words, lower []string, j int) (string, bool) {
	if words[j] != lower[j] || !capitalNear(words, j) {
		return "", false
	}
	head := trimRight(lower[j], ".,;:!?)")
	if !isLowerHeadNoun(head, p.kindAt(j, head)) {
		return "", false
	}
	i, m := properBefore(words, j)
	if i == m || i == 0 || !determinedBefore(lower[:i]) {
		return "", false
	}
	proper := strings.Join(words[i:m], " ")
	if isPlaceOrPeople(proper) || atKey(p.people, proper) || isOrgName(proper) {
		return "", false
	}
	return strings.Join(words[i:j], " ") + " " + head, true
}

// properBefore returns the proper words words[i:m] before the head
// words[j] and its lower-case modifiers words[m:j]; i == m when there is
// none.
func properBefore(words []string, j int) (i, m int) {
	m = j
	for m > 0 && j-m < maxLowerModifiers && isLowerModifier(words[m-1]) {
		m--
	}
	i = m
	for i > 0 && m-i < 3 && isProperWord(words[i-1]) {
		i--
	}
	return i, m
}

// capitalNear reports whether one of the maxLowerModifiers+1 words
// before words[j], but for the first word, opens with a capital: the
// proper word lowerHeadName reads ends there (it opens with a capital,
// the modifiers after it are lower-case, and a word precedes it), so a
// head without one is passed over before its class is looked up.
func capitalNear(words []string, j int) bool {
	for k := j - 1; k >= max(1, j-maxLowerModifiers-1); k-- {
		if startsUpper(words[k]) {
			return true
		}
	}
	return false
}

// isLowerModifier reports whether a word may modify a head noun inside a
// name: lower-case letters, perhaps joined by a hyphen ("motor-rifle"),
// and no function word.
func isLowerModifier(w string) bool {
	if w == "" || w != strings.ToLower(w) || lang.IsEnglishStopWord(w) {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		if !allLetters(part) {
			return false
		}
	}
	return true
}

// isLowerHeadNoun reports whether a lowered word may head a unit's name
// after a proper one: a singular noun for a kind of military body
// whose first sense is a kind of organization (WordNet: "division",
// "army"); "party" is findByLowerParty's. k is lang.Kinds(w), which the
// paragraph keeps word by word (para.kindAt): the rule asks of every
// lower-case word, and few are organisation nouns, so that test comes
// before the stop-word and WordNet look-ups.
func isLowerHeadNoun(w string, k lang.Kind) bool {
	if k&lang.OrgNoun == 0 || w == "party" || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	return !lang.IsEnglishStopWord(w) && wordnet.Load().Military(w)
}

// isProperWord reports whether a word may be part of the proper name
// before a lower-case head: capitalised in every hyphened part ("Calvo-Sotelo",
// not "Tutsi-led"), unpunctuated, no possessive ("the Castle's
// intelligence service" is the Castle's), no letters, place or people
// ("the South Vietnamese garrison") and no capitalised function word.
func isProperWord(w string) bool {
	if w != trimRight(w, ".,;:!?)") || isStopCap(w) || trimPossessive(w) != w || isShortForm(w) || isPlaceOrPeople(w) {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		if !startsUpper(part) {
			return false
		}
	}
	return true
}
