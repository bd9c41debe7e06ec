package corpus

import (
	"strings"
	"unicode"
)

// Where a name headed by a group noun starts, when the word before its
// capitalised run looks like no part of it: a quotation mark, a place's
// dotted initials, a preposition (issue #12, names cut at the wrong
// place).
const (
	ruleQuoteOpens      = "quote-opens"      // `a "People's Redemption Council"`: the word a quotation mark opens is the name's first, possessive or not
	ruleDottedPlace     = "dotted-place"     // "the U.S. Air Force": a place's dotted initials open the name, their stop ends no sentence
	ruleNamePreposition = "name-preposition" // "the Peace at Home Council": a preposition between an article's capital and the head's run is the name's
)

// openerBefore returns how many words before words[start], the first
// word of a name's capitalised run, the name also holds, when they open
// it for sure (nameStartBefore then stops), or 0.
func openerBefore(words []string, off map[string]bool, start int) int {
	prev := trim(words[start-1], "*")
	switch {
	case !off[ruleQuoteOpens] && quoteOpensWord(prev):
		return 1
	case !off[ruleDottedPlace] && dottedPlace(prev):
		return 1
	case !off[ruleNamePreposition] && prepositionInName(words, start):
		return 2
	}
	return 0
}

// quoteOpensWord reports whether a quotation mark opens w, a capitalised
// word with no mark after it: the quoted name starts there, and an
// owner's "'s" inside the quotes is the name's own ("People's").
func quoteOpensWord(w string) bool {
	core := trimLeft(w, "\"“‘")
	return core != w && core == trimRight(core, ".,;:!?)”\"’") && startsUpper(core) && !isStopCap(trimPossessive(core))
}

// dottedPlace reports whether w is a place's initials written with stops
// ("U.S.", "U.K."): the last stop is the abbreviation's, not a
// sentence's.
func dottedPlace(w string) bool { return dottedInitials(w) && isPlaceOrPeople(w) }

// dottedInitials reports whether w is two capitals or more, each followed
// by a stop: "U.S.", "U.N.".
func dottedInitials(w string) bool {
	letters := strings.ReplaceAll(w, ".", "")
	if len(letters) < 2 || len(w) != 2*len(letters) || !strings.HasSuffix(w, ".") {
		return false
	}
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}

// prepositionInName reports whether words[start-1] is a preposition
// inside the name whose run starts at words[start]: the capitalised word
// before it follows an article and is no name of its own (no group,
// person or place noun, no title): "the Peace at Home Council", not "the
// Army at Camp Crame Command" nor "the Governor at State House".
func prepositionInName(words []string, start int) bool {
	if start < 3 || !isNamePreposition(words[start-1]) || !isArticle(strings.ToLower(trim(words[start-3], "*"))) {
		return false
	}
	w := trim(words[start-2], "*")
	if w != trimRight(w, ".,;:!?)”\"’") || trimPossessive(w) != w || !isRunWord(w) {
		return false
	}
	low := strings.ToLower(w)
	return !isHeadWord(low) && !isPersonWord(low) && !isTitle(low) && !isPlaceOrPeople(w)
}

// isNamePreposition reports whether w is a preposition a name may hold
// between its words, other than the connectors ("of", "for", "in"),
// which the name's run already takes.
func isNamePreposition(w string) bool {
	switch w {
	case "at", "on", "from", "with", "without", "against", "under", "over", "beyond", "through":
		return true
	}
	return false
}

// isArticle reports whether w, lowered, is an article.
func isArticle(w string) bool { return w == "the" || w == "a" || w == "an" }
