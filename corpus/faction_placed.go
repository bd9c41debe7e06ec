package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// rulePlaceApposition: "Los Altos, the highland region of north-eastern
// Jalisco", "Kereba, a market town on the river": a name set beside a
// description that a place noun heads names a place.
const rulePlaceApposition = "place-apposition"

// placeAppositions adds to into the keys of the capitalised names a comma
// sets beside a description headed by a noun whose first sense is a
// location or a building and no organisation ("region", "town", "base"),
// as a writer says where a place is.
func placeAppositions(paras []*para, into map[string]bool) {
	for _, p := range paras {
		words := p.words()
		for k := 0; k+2 < len(words); k++ {
			if !strings.HasSuffix(words[k], ",") || !determiner(words[k+1]) {
				continue
			}
			if head := appositionHead(words[k+2:]); head != "" && placeHeaded(head) {
				for _, name := range namesEndingAt(words, k) {
					into[nameKey(name)] = true
				}
			}
		}
	}
}

// determiner reports whether w opens a description: "the", "a", "an".
func determiner(w string) bool { return w == "the" || w == "a" || w == "an" }

// appositionHead returns the noun heading the description that opens
// words: its last word in lower case before a preposition, a relative
// pronoun or punctuation, within four words ("highland region" of "the
// highland region of Jalisco"), or "" for a description holding a
// capital ("a Lissouba ally").
func appositionHead(words []string) string {
	head := ""
	for i, w := range words {
		if i == 4 || !startsLower(w) {
			return ""
		}
		core := trimRight(w, ".,;:!?)")
		if prepositions[core] || core == "that" || core == "which" || core == "where" || core == "who" {
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
