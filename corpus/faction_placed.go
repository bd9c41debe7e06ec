package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// rulePlaceApposition: "Los Altos, the highland region of north-eastern
// Jalisco", "Kereba, a market town on the river": a name set beside a
// description that a place noun heads names a place.
const rulePlaceApposition = "place-apposition"

// rulePlaceLocated: "Milluni, a tin camp on the Altiplano", "Manerplaw, a
// headquarters on the Moei River": a description that a noun first naming
// a building or a location heads, placed by a locative after it, names a
// place, though the noun may name a group by another sense ("camp",
// "headquarters") and the name be one word.
const rulePlaceLocated = "place-located"

// placeAppositions adds to into the keys of the capitalised names a comma
// sets beside a description headed by a noun whose first sense is a
// location or a building and no organisation ("region", "town", "base"),
// as a writer says where a place is.
//
// With participle (rule apposition-participle), a past participle
// closes the description's head ("a group led by …" is headed by
// "group", not "led").
func placeAppositions(paras []*para, into map[string]bool, located, participle bool) {
	for _, p := range paras {
		words := p.words()
		for k := 0; k+2 < len(words); k++ {
			if !strings.HasSuffix(words[k], ",") || !isArticle(words[k+1]) {
				continue
			}
			head := appositionHead(words[k+2:], participle)
			if head != "" && placeHeaded(head) {
				for _, name := range namesEndingAt(words, k) {
					into[nameKey(name)] = true
				}
			}
			if located && head != "" && startsUpper(words[k]) && placedDescription(words[k+2:], head) {
				for _, name := range append(namesEndingAt(words, k), trimRight(words[k], ",")) {
					into[nameKey(name)] = true
				}
			}
		}
	}
}

// placedDescription reports whether the description opening words,
// headed by head, is a building's or a location's placed by a locative
// right after its head ("a tin camp on the Altiplano"): a noun first
// naming an organisation ("a party in the north") is left out.
func placedDescription(words []string, head string) bool {
	if !lang.IsPlaceNoun(head) || lang.IsOrgNoun(head) {
		return false
	}
	for i := 0; i+1 < len(words) && i < 4; i++ {
		if trimRight(words[i], ".,;:!?)") == head {
			return words[i] == head && strictLocative(words[i+1])
		}
	}
	return false
}

// strictLocative reports whether w is one of strictLocatives or "on".
func strictLocative(w string) bool {
	return w == "on" || slices.Contains(strictLocatives, w)
}

// appositionHead returns the noun heading the description that opens
// words: its last word in lower case before a preposition, a relative
// pronoun or punctuation, within four words ("highland region" of "the
// highland region of Jalisco"), or "" for a description holding a
// capital ("a Lissouba ally"). With participle, a past participle
// after the first word closes it too ("group" of "a group led by").
func appositionHead(words []string, participle bool) string {
	head := ""
	for i, w := range words {
		if i == 4 || !startsLower(w) {
			return ""
		}
		core := trimRight(w, ".,;:!?)")
		if prepositions[core] || core == "that" || core == "which" || core == "where" || core == "who" || participle && i > 0 && isParticiple(core) {
			return head
		}
		head = core
		if core != w {
			return head
		}
	}
	return head
}

// placeHeaded reports whether the lower-case noun's first sense is a
// location or a building and it names no group or organisation by any
// sense ("region", "town", not "front", "state").
func placeHeaded(noun string) bool {
	return lang.IsPlaceNoun(noun) && !isPredicateNoun(noun) && !lang.HasOrgSense(noun)
}
