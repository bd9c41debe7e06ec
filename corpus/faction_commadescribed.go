package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// A description headed by a group noun and set off by a comma before
// "known as" or "called" (rule comma-described), wherever it stands in
// the sentence: "Supporters of his broad movement, known as Lavalas,",
// "a team of foreign officers, known as EMOCHM,". The comma only closes
// the noun phrase; the name after the marker is the group's all the
// same.

const (
	// maxCommaModifiers bounds the words between a determiner and the
	// group noun: "his broad movement", "a small civic movement".
	maxCommaModifiers = 3
	// maxCommaComplement bounds the group noun's complement before the
	// comma: "a team of foreign officers".
	maxCommaComplement = 3
)

// commaDescribed reports whether words, those of a sentence before a
// name marker, end with a noun phrase a group noun heads, opened by a
// determiner or a possessive and closed by a comma. A phrase set beside
// a name by a comma before it ("ZANU-PF, the ruling party, known as") is
// an apposition, whose name the aliases rule pairs; a phrase that is the
// complement of one person ("the leader of the party, known as") names
// that person.
func commaDescribed(words []string) bool {
	n := len(words)
	if n < 2 || !strings.HasSuffix(words[n-1], ",") || strings.EqualFold(words[n-2], "the") {
		return false // "launched the mission, known as": rule referring-object's
	}
	last := make([]string, n)
	for k, w := range words {
		last[k] = strings.ToLower(w)
	}
	last[n-1] = strings.TrimSuffix(last[n-1], ",")
	for g := n - 1; g >= max(0, n-1-maxCommaComplement); g-- {
		if g < n-1 && !prepositions[last[g+1]] {
			continue // a complement opens with a preposition
		}
		if plainWords(words[g:n-1]) && allLowerCase(words[g+1:]) && isPredicateNoun(last[g]) {
			return determinedHead(words, last, g)
		}
	}
	return false
}

// plainWords reports whether no word of ws holds punctuation: one noun
// phrase, not a list or a clause.
func plainWords(ws []string) bool {
	for _, w := range ws {
		if trimRight(w, ".,;:!?)”\"'’") != w {
			return false
		}
	}
	return true
}

// allLowerCase reports whether every word of ws is in lower case: a
// complement of common nouns ("of foreign officers"); one naming a place
// ("in Addis Ababa,") is rule placed-noun's.
func allLowerCase(ws []string) bool {
	for _, w := range ws {
		if startsUpper(w) {
			return false
		}
	}
	return true
}

// determinedHead reports whether the group noun at g opens, over its
// modifiers, with a determiner or a possessive that no name or person
// stands before.
func determinedHead(words, lower []string, g int) bool {
	for d := g - 1; d >= 0 && d >= g-1-maxCommaModifiers; d-- {
		w := words[d]
		if trimRight(w, ".,;:!?)”\"") != w {
			return false
		}
		if !isOpener(lower[d]) {
			if lang.IsEnglishStopWord(lower[d]) {
				return false // "the rest are descendants": a clause, not modifiers
			}
			if startsUpper(w) && !isPlaceOrPeople(w) {
				return false // "the Veldian Front's armed wing" is a name's, the aliases rule's
			}
			continue
		}
		return !appositionBefore(words, d) && !personOf(lower, d)
	}
	return false
}

// isOpener reports whether the lower-case word opens a noun phrase: an
// article, a possessive determiner or a possessive noun.
func isOpener(w string) bool {
	switch w {
	case "a", "an", "the", "his", "her", "its", "their", "our", "this", "that":
		return true
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// appositionBefore reports whether the phrase opening at words[d] is set
// beside a capitalised name by a comma: "ZANU-PF, the ruling party,".
func appositionBefore(words []string, d int) bool {
	if d == 0 || !strings.HasSuffix(words[d-1], ",") {
		return false
	}
	return startsUpper(trim(words[d-1], "(),\"”’*"))
}

// personOf reports whether the phrase opening at lower[d] is the
// complement of one person: "the leader of the party".
func personOf(lower []string, d int) bool {
	if d < 2 || lower[d-1] != "of" {
		return false
	}
	head := lower[d-2]
	return isPersonWord(head) && !strings.HasSuffix(head, "s") && !isGroupWord(head)
}

// maxKnownByWords bounds the words between "its" and the noun for a
// name in "known by its Portuguese acronym": a language and a manner.
const maxKnownByWords = 2

// knownByNoun returns the length of the words rest opens with when they
// are a group's own name for itself, read after "known by" (rule
// known-by-noun): "its Portuguese acronym ", "their French initials ".
// The noun is one WordNet files under what is said (noun.communication:
// acronym, initials, name), so the word after it is the name; "known by
// its red berets" names nothing.
func knownByNoun(rest string) int {
	words := strings.Fields(rest)
	if len(words) < 3 || words[0] != "its" && words[0] != "their" {
		return 0
	}
	lex := wordnet.Load()
	for k := 1; k < len(words)-1 && k <= 1+maxKnownByWords; k++ {
		w := words[k]
		if trimRight(w, ".,;:!?)”\"'’") != w {
			return 0
		}
		if startsUpper(w) {
			continue // the language: "its Portuguese acronym"
		}
		if !saidNoun(lex, w) {
			return 0
		}
		i := strings.Index(rest, " "+w+" ")
		if i < 0 {
			return 0
		}
		return i + len(w) + 2
	}
	return 0
}

// saidNoun reports whether the lower-case noun, in either number, is
// one WordNet files under what is said or agreed (Lexicon.Made).
func saidNoun(lex *wordnet.Lexicon, w string) bool {
	if lex.Made(w) {
		return true
	}
	return slices.ContainsFunc(lex.Lemmas(w), lex.Made)
}
