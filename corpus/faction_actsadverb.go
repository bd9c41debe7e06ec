package corpus

import (
	"strings"
)

// Readings of rule acronym-acts (a definition whose letters in brackets
// go on with the defined name's own verb names an actor, faction_rules.go)
// that widen what it takes for a verb and for a name's head.
const (
	// ruleActsAdverb reads the verb past adverbs between the letters and
	// it: "The Cambodian Mine Action Centre (CMAC) later began clearing
	// …", as plain-actor reads "Amnesty International later accused".
	ruleActsAdverb = "acts-adverb"
	// ruleHyphenHead reads a hyphenated head whose last part no English
	// table knows as a name's word no table knows: "Al-Qaida in the
	// Islamic Maghreb (AQIM) kidnapped …", headed by "Al-Qaida".
	ruleHyphenHead = "hyphen-head"
)

// pastAdverbs returns after, the text after an acronym definition, past
// at most maxPlainAdverbs adverbs (WordNet's) that open it; after itself
// when none does, or when a comma comes first (", later …" opens a clause
// that other rules read).
func pastAdverbs(after string) string {
	trimmed := strings.TrimLeft(after, " ")
	rest := skipAdverbsUpTo(trimmed, maxPlainAdverbs)
	if len(rest) == len(trimmed) {
		return after
	}
	return " " + rest
}

// hyphenedUnknownHead reports whether the word heading name is joined by
// hyphens and its last part is a word no English table knows
// (isUnknownWord): a transliterated name, "Al-Qaida", "Hizb-ut-Tahrir".
func hyphenedUnknownHead(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	head := trimRightPunct(words[groupHead(words)], ".,;:)")
	k := strings.LastIndexByte(head, '-')
	return k > 0 && k+1 < len(head) && isUnknownWord(head[k+1:])
}
